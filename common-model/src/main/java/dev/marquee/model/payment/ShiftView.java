package dev.marquee.model.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ShiftId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A box-office shift at a till.
 *
 * @param id           the shift's id
 * @param organizerId  whose money it handles
 * @param till         the till's name
 * @param username     who works it
 * @param openingFloat cash at the start
 * @param openedAt     when it opened
 * @param closedAt     when it closed, or {@code null} while open
 */
public record ShiftView(ShiftId id, OrganizerId organizerId, String till, String username, Money openingFloat, Instant openedAt,
        @Nullable Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
