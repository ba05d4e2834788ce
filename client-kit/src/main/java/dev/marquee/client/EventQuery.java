package dev.marquee.client;

import dev.marquee.model.catalog.EventStatus;
import java.time.Instant;

/**
 * What to search events for: every filter is optional. Start from {@link #all()} and narrow it, for example
 * {@code EventQuery.all().withStatus(EventStatus.PUBLISHED).matching("jazz").withLimit(50)}; to get the following
 * page, pass the previous page's {@code nextCursor} to {@link #withCursor(String)}.
 *
 * @param status only events in this status, or {@code null} for any
 * @param from   only events that end at or after this instant, or {@code null}
 * @param to     only events that start before this instant, or {@code null}
 * @param text   text in the title, description, category or venue, or {@code null}
 * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the first page
 * @param limit  how many events per page, 1 to 100
 */
public record EventQuery(EventStatus status, Instant from, Instant to, String text, String cursor, int limit) {

    /** The server's default page size. */
    public static final int DEFAULT_LIMIT = 20;

    /** Checks the page size. */
    public EventQuery {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("A page holds 1 to 100 events, not " + limit);
        }
    }

    /** The first page of every event, {@value #DEFAULT_LIMIT} at a time. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** Only events in the given status. */
    public EventQuery withStatus(EventStatus newStatus) {
        return new EventQuery(newStatus, from, to, text, cursor, limit);
    }

    /** Only events that overlap the window; either end may be {@code null}. */
    public EventQuery overlapping(Instant newFrom, Instant newTo) {
        return new EventQuery(status, newFrom, newTo, text, cursor, limit);
    }

    /** Only events whose title, description, category or venue contains the text. */
    public EventQuery matching(String newText) {
        return new EventQuery(status, from, to, newText, cursor, limit);
    }

    /** The page after the one whose {@code nextCursor} this is. */
    public EventQuery withCursor(String newCursor) {
        return new EventQuery(status, from, to, text, newCursor, limit);
    }

    /** Pages of the given size, 1 to 100. */
    public EventQuery withLimit(int newLimit) {
        return new EventQuery(status, from, to, text, cursor, newLimit);
    }
}
