package dev.marquee.model.ticket;

import dev.marquee.model.EventId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.TicketStatus;

/**
 * What the server knows about a scanned QR code, without admitting anyone: whether the signature is genuine and
 * whether the ticket would still admit.
 *
 * @param verdict       {@code GENUINE}, {@code FORGED}, {@code UNKNOWN_EVENT} or {@code UNREADABLE}
 * @param ticketId      the ticket, when the code is readable
 * @param eventId       its event, when the code is readable
 * @param status        the ticket's status, when genuine
 * @param currentSerial whether the code carries the ticket's current serial; false after a reissue
 * @param detail        the verdict in words
 */
public record TicketCheck(String verdict, TicketId ticketId, EventId eventId, TicketStatus status, boolean currentSerial,
        String detail) {
}
