package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a venue of an organizer.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record VenueId(@JsonValue UUID value) {

    public VenueId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static VenueId random() {
        return new VenueId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static VenueId of(String text) {
        return new VenueId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
