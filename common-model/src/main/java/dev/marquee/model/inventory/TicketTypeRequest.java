package dev.marquee.model.inventory;

import dev.marquee.model.Money;
import dev.marquee.model.QuotaId;
import dev.marquee.model.constraints.Amount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Body to create or change a ticket type of an event. Capacity cannot go below what is already sold or held.
 *
 * @param name         such as {@code Standing} or {@code VIP}
 * @param price        the price of one ticket; zero for free tickets, at most 1,000,000.00 (100,000,000 minor units)
 * @param capacity     how many exist in all
 * @param saleStartsAt when sales open, or {@code null} for at once
 * @param saleEndsAt   when sales close, or {@code null} for when the event ends
 * @param maxPerOrder  the most tickets of this type in one order
 * @param visibility   where it may be sold
 * @param quotaIds     shared quotas this type also counts against
 */
public record TicketTypeRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Amount Money price,
        @Min(0) @Max(1_000_000) int capacity,
        @Nullable Instant saleStartsAt,
        @Nullable Instant saleEndsAt,
        @Min(1) @Max(100) int maxPerOrder,
        @NotNull Visibility visibility,
        Set<@NotNull QuotaId> quotaIds) {
}
