package dev.marquee.model.catalog;

/**
 * Where an event is in its life. An event starts as {@link #DRAFT}, is {@link #PUBLISHED} to go on sale, and
 * ends either {@link #CANCELLED} or {@link #COMPLETED}. The two end states are final.
 */
public enum EventStatus {
    /** Being set up; invisible to the public. */
    DRAFT,
    /** Visible to the public. */
    PUBLISHED,
    /** Called off. Final. */
    CANCELLED,
    /** Took place. Final. */
    COMPLETED
}
