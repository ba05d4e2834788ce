package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrganizerId;

/**
 * A hold ended without a sale and its tickets returned to sale.
 *
 * @param holdId      the hold
 * @param eventId     the event
 * @param organizerId its organizer
 * @param reason      why it ended
 */
public record HoldReleased(HoldId holdId, EventId eventId, OrganizerId organizerId, Reason reason) {

    /** Why a hold ended without a sale. */
    public enum Reason {
        /** It lapsed before checkout. */
        EXPIRED,
        /** Staff or the buyer let it go, or its pending order was cancelled. */
        CANCELLED,
        /** The payment for it failed or could not be recorded. */
        PAYMENT_FAILED
    }
}
