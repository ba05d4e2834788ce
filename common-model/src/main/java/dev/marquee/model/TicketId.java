package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an issued ticket.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record TicketId(@JsonValue UUID value) {

    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static TicketId of(String text) {
        return new TicketId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
