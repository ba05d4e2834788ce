package dev.marquee.client;

import java.util.Objects;
import java.util.UUID;

/**
 * Names one user action, such as one click on "Pay", so that the server carries it out once however often the
 * request is sent. Make a key with {@link #next()} when the person starts the action, keep it while the action is
 * being tried, and pass the same key again when the person (or the app) retries after a failure; the server then
 * replays its first answer instead of selling or charging twice. Never reuse a key for a different action: the
 * server refuses that with {@code 422} ({@code idempotency-key-reused}).
 *
 * @param value the header value, 1 to 120 characters
 */
public record IdempotencyKey(String value) {

    /** Checks the length the server accepts. */
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 120) {
            throw new IllegalArgumentException("An idempotency key has 1 to 120 characters, such as a UUID");
        }
    }

    /** A fresh, random key for a new user action. */
    public static IdempotencyKey next() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
