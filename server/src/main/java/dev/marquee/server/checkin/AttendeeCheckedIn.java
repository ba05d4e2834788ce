package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketId;
import java.time.Instant;

/**
 * A ticket passed a gate.
 *
 * @param eventId     the event
 * @param organizerId its organizer
 * @param listId      the list
 * @param ticketId    the ticket
 * @param gate        the gate
 * @param inside      whether it is now inside
 * @param at          when it was scanned
 * @param firstAdmission whether this was the ticket's first admission on the list
 */
public record AttendeeCheckedIn(EventId eventId, OrganizerId organizerId, CheckInListId listId, TicketId ticketId, String gate, boolean inside,
        Instant at, boolean firstAdmission) {
}
