package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/** The server answered {@code 403}: the account is logged in, but its role does not allow the action. */
public class ForbiddenException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document
     */
    public ForbiddenException(URI type, String title, String message, Map<String, Object> properties) {
        super(403, type, title, message, properties, null);
    }
}
