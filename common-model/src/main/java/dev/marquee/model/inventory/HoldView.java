package dev.marquee.model.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import java.time.Instant;
import java.util.List;

/**
 * Tickets reserved until {@code expiresAt}; check out before then, or they return to sale.
 *
 * @param holdId    the hold's id
 * @param eventId   the event
 * @param expiresAt when the reservation lapses
 * @param items     what is reserved, priced
 * @param total     what it all costs
 */
public record HoldView(HoldId holdId, EventId eventId, Instant expiresAt, List<HoldLine> items, Money total) {
}
