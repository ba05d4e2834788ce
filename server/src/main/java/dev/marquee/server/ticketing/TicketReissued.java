package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket got a new serial and QR code; codes with an older serial stop admitting.
 *
 * @param ticketId     the ticket
 * @param orderId      its order
 * @param eventId      its event
 * @param ticketTypeId its type
 * @param serial       the new serial
 * @param holderName   who holds it, if named
 */
public record TicketReissued(TicketId ticketId, OrderId orderId, EventId eventId, TicketTypeId ticketTypeId, int serial,
        @Nullable String holderName) {
}
