package dev.marquee.model.checkin;

import dev.marquee.model.OrganizerId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A paired kiosk.
 *
 * @param id          its id
 * @param organizerId its organizer
 * @param name        its name
 * @param pairedAt    when it paired
 * @param lastSeenAt  when it last called the server, or {@code null}
 * @param revokedAt   when it was revoked, or {@code null}
 */
public record DeviceView(UUID id, OrganizerId organizerId, String name, Instant pairedAt, @Nullable Instant lastSeenAt, @Nullable Instant revokedAt) {
}
