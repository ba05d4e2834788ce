package dev.marquee.model.booking;

/** Whether a ticket admits. */
public enum TicketStatus {
    /** Admits, with its current serial. */
    VALID,
    /** Refunded or cancelled; never admits again. */
    REVOKED
}
