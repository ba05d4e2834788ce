package dev.marquee.model.booking;

/** Where an order is in its life. */
public enum OrderStatus {
    /** Created from a hold, waiting for payment; lapses with the hold. */
    PENDING,
    /** Paid; its valid tickets admit. */
    PAID,
    /** Cancelled before payment, or its payment failed. */
    CANCELLED,
    /** Every ticket was refunded. */
    REFUNDED
}
