package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import java.util.List;

/**
 * Tickets were issued for a paid order.
 *
 * @param orderId   the order
 * @param eventId   the event
 * @param ticketIds the new tickets
 */
public record TicketsIssued(OrderId orderId, EventId eventId, List<TicketId> ticketIds) {
}
