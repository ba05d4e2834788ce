package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket got a new serial and QR code; codes with any earlier serial no longer admit.
 *
 * @param ticketId     the ticket
 * @param orderId      its order
 * @param eventId      its event
 * @param ticketTypeId its type
 * @param serial       its new serial
 * @param holderName   the name on it, or {@code null}
 */
public record TicketReissued(TicketId ticketId, OrderId orderId, EventId eventId, TicketTypeId ticketTypeId, int serial,
        @Nullable String holderName) {
}
