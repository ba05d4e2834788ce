package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an order.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record OrderId(@JsonValue UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static OrderId of(String text) {
        return new OrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
