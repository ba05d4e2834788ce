package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/**
 * The server answered {@code 401}: the username or password was wrong (type {@code bad-credentials}), or the
 * session is missing, expired or was ended (type {@code unauthenticated}). The app should ask the person to log in.
 */
public class NotAuthenticatedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document
     */
    public NotAuthenticatedException(URI type, String title, String message, Map<String, Object> properties) {
        super(401, type, title, message, properties, null);
    }
}
