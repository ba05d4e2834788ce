package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;

/**
 * A ticket type was deleted, by itself or with its draft event. It never sold or held a ticket.
 *
 * @param ticketTypeId the type
 * @param eventId      its event
 */
public record TicketTypeRemoved(TicketTypeId ticketTypeId, EventId eventId) {
}
