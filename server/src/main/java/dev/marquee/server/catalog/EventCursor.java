package dev.marquee.server.catalog;

import dev.marquee.server.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Position in an event list ordered by start and id: the last item of a page. Opaque to clients; stable when
 * events are added between pages, unlike an offset.
 */
record EventCursor(Instant startsAt, UUID id) {

    String encode() {
        String raw = startsAt.getEpochSecond() + ":" + startsAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static EventCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
            return new EventCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor from a previous page; start again without it");
        }
    }
}
