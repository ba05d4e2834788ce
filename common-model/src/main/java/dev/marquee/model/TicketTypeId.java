package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a ticket type of an event, such as Standing or VIP.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record TicketTypeId(@JsonValue UUID value) {

    public TicketTypeId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static TicketTypeId random() {
        return new TicketTypeId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static TicketTypeId of(String text) {
        return new TicketTypeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
