package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/**
 * A request to the server failed. The message is written for a person: what happened and what to do next. The
 * problem {@link #type()} is the stable identifier to switch on (see {@code dev.marquee.model.ProblemTypes}).
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final URI type;
    private final String title;
    private final transient Map<String, Object> properties;

    /**
     * @param status     the HTTP status, or 0 when the server could not be reached
     * @param type       the problem type, or {@code about:blank} when the server sent none
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document, such as {@code errors}
     * @param cause      the underlying failure, or {@code null}
     */
    public ApiException(int status, URI type, String title, String message, Map<String, Object> properties, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The HTTP status, or 0 when the server could not be reached at all. */
    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Whether the server was never reached, so trying again later may help. */
    public boolean isConnectionProblem() {
        return status == 0;
    }
}
