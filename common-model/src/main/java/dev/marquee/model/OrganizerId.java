package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an organizer: the company or club that runs events and owns their data.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record OrganizerId(@JsonValue UUID value) {

    public OrganizerId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static OrganizerId random() {
        return new OrganizerId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static OrganizerId of(String text) {
        return new OrganizerId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
