package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request body beyond {@code marquee.http.max-body-size}, whether it declared its length or arrived chunked. */
public class PayloadTooLargeException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                "The request body is larger than the " + maxBytes + " bytes this server accepts.", Map.of("maxBytes", maxBytes));
    }
}
