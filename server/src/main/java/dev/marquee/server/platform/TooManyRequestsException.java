package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Too many attempts in a short time; answered 429 with a {@code Retry-After} header. */
public class TooManyRequestsException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many attempts", detail,
                Map.of("retryAfterSeconds", seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
