package dev.marquee.server.payment;

import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;

/**
 * Taking payment for an order failed; nothing was charged and the order's hold is released.
 *
 * @param orderId     the order
 * @param organizerId its organizer
 * @param method      how payment was attempted
 * @param reason      why it failed
 */
public record PaymentFailed(OrderId orderId, OrganizerId organizerId, PaymentMethod method, Reason reason) {

    /** Why taking payment failed. */
    public enum Reason {
        /** The acquirer or the card's issuer said no. */
        DECLINED,
        /** The acquirer did not answer in time; the charge may have happened there and is given back if it did. */
        TIMED_OUT
    }
}
