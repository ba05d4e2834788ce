package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a hold: tickets reserved for a while until they are paid or released.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record HoldId(@JsonValue UUID value) {

    public HoldId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static HoldId random() {
        return new HoldId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static HoldId of(String text) {
        return new HoldId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
