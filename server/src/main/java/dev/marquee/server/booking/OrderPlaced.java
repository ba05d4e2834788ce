package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;

/**
 * An order was created from a hold and waits for payment.
 *
 * @param orderId     the order
 * @param eventId     its event
 * @param organizerId its organizer
 */
public record OrderPlaced(OrderId orderId, EventId eventId, OrganizerId organizerId) {
}
