package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;

/**
 * A ticket, or one serial of it, stopped admitting: refunded, cancelled or replaced by a reissue.
 *
 * @param ticketId the ticket
 * @param orderId  its order
 * @param eventId  its event
 * @param serial   the serial that stopped working
 * @param reason   {@code REFUNDED}, {@code CANCELLED} or {@code REISSUED}
 */
public record TicketRevoked(TicketId ticketId, OrderId orderId, EventId eventId, int serial, String reason) {
}
