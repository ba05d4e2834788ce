package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;

/**
 * A ticket stopped admitting: refunded or cancelled.
 *
 * @param ticketId the ticket
 * @param orderId  its order
 * @param eventId  its event
 * @param serial   the serial that stopped working
 * @param reason   why
 */
public record TicketRevoked(TicketId ticketId, OrderId orderId, EventId eventId, int serial, Reason reason) {

    /** Why a ticket was revoked. */
    public enum Reason {
        /** Its price was paid back. */
        REFUNDED,
        /** Its whole order, or the event, was cancelled. */
        CANCELLED
    }
}
