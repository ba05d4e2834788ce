package dev.marquee.client;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The server failed ({@code 5xx}), or a proxy in front of it did. Trying again later may help; the
 * {@link #traceId()}, when present, lets an administrator find the failure in the server's log.
 */
public class ServerErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status     the HTTP status, 500 to 599
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document, such as {@code traceId}
     */
    public ServerErrorException(int status, URI type, String title, String message, Map<String, Object> properties) {
        super(status, type, title, message, properties, null);
    }

    /** The id under which the server logged the failure, if it sent one. */
    public Optional<String> traceId() {
        Object traceId = properties().get("traceId");
        return traceId == null ? Optional.empty() : Optional.of(traceId.toString());
    }
}
