package dev.marquee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a capacity quota shared by several ticket types.
 *
 * <p>Serialised as a bare UUID string in JSON and in URLs.
 *
 * @param value the underlying UUID, never {@code null}
 */
public record QuotaId(@JsonValue UUID value) {

    public QuotaId {
        Objects.requireNonNull(value, "value");
    }

    /** Creates a fresh random id. */
    public static QuotaId random() {
        return new QuotaId(UUID.randomUUID());
    }

    /**
     * Parses the textual form.
     *
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    @JsonCreator
    public static QuotaId of(String text) {
        return new QuotaId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
