package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;

/**
 * A ticket stopped admitting for good.
 *
 * @param ticketId the ticket
 * @param orderId  its order
 * @param eventId  its event
 * @param serial   the serial it had
 * @param reason   why
 */
public record TicketRevoked(TicketId ticketId, OrderId orderId, EventId eventId, int serial, Reason reason) {

    /** Why a ticket was revoked. */
    public enum Reason {
        /** Its money was paid back; the rest of the order may stand. */
        REFUNDED,
        /** Its whole order was cancelled, or its event. */
        CANCELLED
    }
}
