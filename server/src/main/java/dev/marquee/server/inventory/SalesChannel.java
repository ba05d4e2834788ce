package dev.marquee.server.inventory;

/** Where a sale happens; decides hold lifetimes and which ticket types may be sold. */
public enum SalesChannel {
    /** The public sales API. */
    ONLINE,
    /** Staff at the counter. */
    BOX_OFFICE
}
