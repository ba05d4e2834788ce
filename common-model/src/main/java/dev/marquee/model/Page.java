package dev.marquee.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a long list, with an opaque cursor to fetch the next.
 *
 * @param items      the items of this page, in the list's order
 * @param nextCursor pass as {@code cursor} to get the following page; {@code null} on the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether another page follows. */
    public boolean hasMore() {
        return nextCursor != null;
    }
}
