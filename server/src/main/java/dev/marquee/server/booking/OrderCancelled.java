package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;

/**
 * An order was called off: before payment, because payment failed, or by staff after a full refund.
 *
 * @param orderId     the order
 * @param eventId     its event
 * @param organizerId its organizer
 * @param reason      why, in words
 */
public record OrderCancelled(OrderId orderId, EventId eventId, OrganizerId organizerId, String reason) {
}
