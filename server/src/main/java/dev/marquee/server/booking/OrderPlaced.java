package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.server.inventory.SalesChannel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order was created from a hold and waits for payment.
 *
 * @param orderId     the order
 * @param code        its short code, as buyers and staff read it
 * @param eventId     its event
 * @param organizerId its organizer
 * @param channel     where it was placed
 * @param buyerName   who buys, if given
 * @param buyerEmail  where to reach them, if given
 * @param total       what the tickets cost
 * @param placedAt    when it was placed
 */
public record OrderPlaced(OrderId orderId, String code, EventId eventId, OrganizerId organizerId, SalesChannel channel,
        @Nullable String buyerName, @Nullable String buyerEmail, Money total, Instant placedAt) {
}
