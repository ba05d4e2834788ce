package dev.marquee.server.platform;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure that the client caused or can act on, answered as an RFC 9457 problem detail with a stable type.
 * Subclasses name the common cases; the message is the {@code detail} a person reads.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final transient Map<String, Object> properties;

    public ApiProblem(HttpStatus status, URI type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, URI type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document, such as the current status of a resource. */
    public Map<String, Object> properties() {
        return properties;
    }
}
