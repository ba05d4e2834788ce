package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import java.time.Instant;

/**
 * An event was called off.
 *
 * @param eventId     the event
 * @param organizerId its organizer
 * @param cancelledBy the username that cancelled it
 * @param reason      why, or {@code null}
 * @param at          when
 */
public record EventCancelled(EventId eventId, OrganizerId organizerId, String cancelledBy, String reason, Instant at) {
}
