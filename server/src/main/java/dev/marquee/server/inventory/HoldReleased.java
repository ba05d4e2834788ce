package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrganizerId;

/**
 * A hold ended without a sale and its tickets returned to sale.
 *
 * @param holdId      the hold
 * @param eventId     the event
 * @param organizerId its organizer
 * @param reason      {@code EXPIRED}, {@code CANCELLED} or {@code PAYMENT_FAILED}
 */
public record HoldReleased(HoldId holdId, EventId eventId, OrganizerId organizerId, String reason) {
}
