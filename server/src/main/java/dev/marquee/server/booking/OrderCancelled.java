package dev.marquee.server.booking;

/**
 * An order was called off: before payment, because payment failed, or after a full refund.
 *
 * @param order  the order, as it was placed (an order cancelled before payment is known by this event alone)
 * @param reason why
 */
public record OrderCancelled(OrderSummary order, Reason reason) implements OrderEvent {

    /** Why an order was called off. */
    public enum Reason {
        /** The payment was declined or failed. */
        PAYMENT_FAILED,
        /** Its hold lapsed before the sale was recorded. */
        HOLD_EXPIRED,
        /** The payment went through but the sale could not be recorded; the payment was given back. */
        SALE_FAILED,
        /** Staff cancelled it (refunding it whole if it was paid). */
        BY_STAFF,
        /** Its event was cancelled and the order refunded whole. */
        EVENT_CANCELLED
    }
}
