package dev.marquee.model.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ticket type with its live counts.
 *
 * @param id           the type's id
 * @param eventId      its event
 * @param name         its name
 * @param price        the price of one ticket
 * @param capacity     how many exist
 * @param sold         how many are paid for
 * @param held         how many are reserved by open holds
 * @param available    how many can still be held: the least of what is left of the type and of each of its quotas
 * @param saleStartsAt when sales open, or {@code null}
 * @param saleEndsAt   when sales close, or {@code null}
 * @param maxPerOrder  the most tickets in one order
 * @param visibility   where it may be sold
 * @param quotaIds     shared quotas it counts against
 */
public record TicketTypeView(
        TicketTypeId id, EventId eventId, String name, Money price, int capacity, int sold, int held, int available,
        @Nullable Instant saleStartsAt, @Nullable Instant saleEndsAt, int maxPerOrder, Visibility visibility, Set<QuotaId> quotaIds) {
}
