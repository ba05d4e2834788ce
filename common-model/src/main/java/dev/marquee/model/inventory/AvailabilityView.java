package dev.marquee.model.inventory;

import dev.marquee.model.Money;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket type as buyers see it, with how many can still be bought.
 *
 * @param ticketTypeId the type
 * @param name         its name
 * @param price        the price of one
 * @param available    how many can still be held now
 * @param onSale       whether it is inside its sale window
 * @param maxPerOrder  the most in one order
 * @param saleEndsAt   when sales close, or {@code null}
 */
public record AvailabilityView(TicketTypeId ticketTypeId, String name, Money price, int available, boolean onSale, int maxPerOrder,
        @Nullable Instant saleEndsAt) {
}
