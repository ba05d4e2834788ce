package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import java.time.Instant;

/**
 * A draft event is being deleted. Published synchronously inside the deleting transaction, before the event's row
 * goes: modules that keep rows of the draft (ticket types, quotas, check-in lists) remove them in their listeners,
 * so the deletion is one transaction that either removes everything or nothing.
 *
 * @param eventId     the draft
 * @param organizerId its organizer
 * @param deletedBy   the username that deleted it
 * @param at          when
 */
public record EventDeleted(EventId eventId, OrganizerId organizerId, String deletedBy, Instant at) {
}
