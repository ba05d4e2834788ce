package dev.marquee.model.ticket;

import dev.marquee.model.EventId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the server knows about a scanned QR code, without admitting anyone: whether the signature is genuine and
 * whether the ticket would still admit.
 *
 * @param verdict       {@code GENUINE}, {@code FORGED}, {@code UNKNOWN_EVENT} or {@code UNREADABLE}
 * @param ticketId      the ticket, when the code is readable; otherwise {@code null}
 * @param eventId       its event, when the code is readable; otherwise {@code null}
 * @param status        the ticket's status, when genuine; otherwise {@code null}
 * @param currentSerial whether the code carries the ticket's current serial; false after a reissue
 * @param detail        the verdict in words
 */
public record TicketCheck(String verdict, @Nullable TicketId ticketId, @Nullable EventId eventId, @Nullable TicketStatus status,
        boolean currentSerial,
        String detail) {
}
