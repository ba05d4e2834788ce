package dev.marquee.model.payment;

/** How an order is paid. */
public enum PaymentMethod {
    /** Cash at the counter, booked to the seller's open shift. */
    CASH,
    /** A card terminal beside the till; the terminal's reference is recorded. */
    CARD_TERMINAL,
    /** Free of charge, with a reason; ORGANIZER and ADMIN only. */
    COMPLIMENTARY,
    /** Through the online payment gateway. */
    ONLINE
}
