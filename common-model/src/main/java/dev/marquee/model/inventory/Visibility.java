package dev.marquee.model.inventory;

/** Where a ticket type may be sold. */
public enum Visibility {
    /** Online and at the box office. */
    PUBLIC,
    /** Only at the box office, for example guest-list or staff tickets. */
    BOX_OFFICE
}
