package dev.marquee.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered {@code 429}: too many attempts, such as failed logins or public requests.
 * {@link #retryAfter()} says how long to wait.
 */
public class RateLimitedException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document
     * @param retryAfter how long to wait before trying again, or {@code null} when the server did not say
     */
    public RateLimitedException(URI type, String title, String message, Map<String, Object> properties, Duration retryAfter) {
        super(429, type, title, message, properties, null);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, from the {@code Retry-After} header or the problem document. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
