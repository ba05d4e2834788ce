package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.TicketStatus;

/**
 * A ticket as other modules see it.
 *
 * @param id           the ticket
 * @param orderId      its order
 * @param eventId      its event
 * @param ticketTypeId its type
 * @param serial       its current serial
 * @param status       whether it admits
 * @param holderName   the name on it, or {@code null}
 */
public record TicketSnapshot(TicketId id, OrderId orderId, EventId eventId, TicketTypeId ticketTypeId, int serial, TicketStatus status,
        String holderName) {
}
