package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/**
 * The server answered {@code 404}: the thing does not exist, or lies outside the organizers the account belongs to
 * (the server does not tell these apart).
 */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document
     */
    public NotFoundException(URI type, String title, String message, Map<String, Object> properties) {
        super(404, type, title, message, properties, null);
    }
}
