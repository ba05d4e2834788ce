package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a check-in list: the ticket types one entrance admits.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record CheckInListId(@JsonValue UUID value) {

    public CheckInListId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static CheckInListId random() {
        return new CheckInListId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static CheckInListId of(String text) {
        return new CheckInListId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
