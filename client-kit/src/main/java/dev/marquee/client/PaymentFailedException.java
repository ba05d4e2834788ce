package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/**
 * The server answered {@code 402} (type {@code payment-failed}): the payment was declined or the gateway did not
 * answer in time. Nothing was sold or charged and the hold was released.
 */
public class PaymentFailedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document
     */
    public PaymentFailedException(URI type, String title, String message, Map<String, Object> properties) {
        super(402, type, title, message, properties, null);
    }
}
