package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketId;
import java.time.Instant;

/**
 * A kiosk working offline admitted a ticket that had already been admitted: one ticket, two people.
 *
 * @param eventId         the event
 * @param organizerId     its organizer
 * @param listId          the list
 * @param ticketId        the ticket
 * @param gate            where the later admission happened
 * @param scannedAt       when
 * @param firstGate       where it was first admitted
 * @param firstAdmittedAt when
 */
public record DuplicateEntryDetected(EventId eventId, OrganizerId organizerId, CheckInListId listId, TicketId ticketId, String gate,
        Instant scannedAt, String firstGate, Instant firstAdmittedAt) {
}
