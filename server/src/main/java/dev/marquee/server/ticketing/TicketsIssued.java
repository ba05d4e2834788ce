package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tickets were issued for a paid order.
 *
 * @param orderId  the order
 * @param eventId  the event
 * @param tickets  the new tickets
 * @param issuedAt when
 */
public record TicketsIssued(OrderId orderId, EventId eventId, List<IssuedTicket> tickets, Instant issuedAt) {

    /**
     * One issued ticket, as listeners need it.
     *
     * @param ticketId     the ticket
     * @param ticketTypeId its type
     * @param serial       its serial
     * @param holderName   who holds it, if named
     * @param price        what it cost
     */
    public record IssuedTicket(TicketId ticketId, TicketTypeId ticketTypeId, int serial, @Nullable String holderName, Money price) {
    }
}
