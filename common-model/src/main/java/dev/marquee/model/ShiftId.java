package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a box-office shift at a till.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record ShiftId(@JsonValue UUID value) {

    public ShiftId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static ShiftId random() {
        return new ShiftId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static ShiftId of(String text) {
        return new ShiftId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
