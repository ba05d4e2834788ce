package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import java.time.Instant;

/**
 * An event went public.
 *
 * @param eventId     the event
 * @param organizerId its organizer
 * @param publishedBy the username that published it
 * @param at          when
 */
public record EventPublished(EventId eventId, OrganizerId organizerId, String publishedBy, Instant at) {
}
