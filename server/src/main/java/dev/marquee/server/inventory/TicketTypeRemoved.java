package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;

/**
 * A ticket type was deleted, alone or with its draft event.
 *
 * @param ticketTypeId the type
 * @param eventId      its event
 */
public record TicketTypeRemoved(TicketTypeId ticketTypeId, EventId eventId) {
}
