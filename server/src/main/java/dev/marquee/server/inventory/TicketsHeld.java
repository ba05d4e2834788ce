package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrganizerId;
import java.time.Instant;

/**
 * Tickets were reserved.
 *
 * @param holdId      the hold
 * @param eventId     the event
 * @param organizerId its organizer
 * @param tickets     how many tickets in all
 * @param expiresAt   when the hold lapses
 */
public record TicketsHeld(HoldId holdId, EventId eventId, OrganizerId organizerId, int tickets, Instant expiresAt) {
}
