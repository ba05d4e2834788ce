package dev.marquee.client;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server refused the input: {@code 400} (type {@code validation-failed} with one entry per field in
 * {@link #fieldErrors()}, or {@code malformed-request}) or {@code 422} (such as {@code limit-exceeded} or
 * {@code idempotency-key-reused}).
 */
public class ValidationException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> fieldErrors;

    /**
     * @param status     400 or 422
     * @param type       the problem type
     * @param title      a short summary
     * @param message    what happened and what to do next
     * @param properties further members of the problem document; {@code errors}, a list of objects with
     *                   {@code field} and {@code message}, becomes {@link #fieldErrors()}
     */
    public ValidationException(int status, URI type, String title, String message, Map<String, Object> properties) {
        super(status, type, title, message, properties, null);
        this.fieldErrors = readFieldErrors(properties == null ? null : properties.get("errors"));
    }

    /** Each rejected field and why, in the server's order; empty when the refusal is not about single fields. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Why the given field was rejected, if it was. */
    public Optional<String> errorFor(String field) {
        return fieldErrors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst();
    }

    private static List<FieldError> readFieldErrors(Object errors) {
        if (!(errors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .map(error -> new FieldError(Objects.toString(error.get("field"), ""), Objects.toString(error.get("message"), "")))
                .toList();
    }

    /**
     * One rejected field.
     *
     * @param field   the field's path in the request, such as {@code title} or {@code items[0].quantity}
     * @param message why, such as {@code must not be blank}
     */
    public record FieldError(String field, String message) {
    }
}
