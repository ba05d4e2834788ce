package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/**
 * The server answered {@code 409}: the request clashes with the current state. Domain refusals arrive this way and
 * are told apart by {@link #type()}, for example {@code sold-out}, {@code hold-expired}, {@code not-on-sale},
 * {@code no-open-shift}, {@code illegal-transition} or {@code refund-exceeds-payment}
 * (see {@code dev.marquee.model.ProblemTypes}).
 */
public class ConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document, such as {@code ticketTypeId} for sold out
     */
    public ConflictException(URI type, String title, String message, Map<String, Object> properties) {
        super(409, type, title, message, properties, null);
    }
}
