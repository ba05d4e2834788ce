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
 * @param code        its short code
 * @param eventId     its event
 * @param organizerId its organizer
 * @param channel     where it was sold
 * @param buyerName   the buyer, if named
 * @param buyerEmail  the buyer's email, if given
 * @param total       what it costs
 * @param placedAt    when
 */
public record OrderPlaced(OrderId orderId, String code, EventId eventId, OrganizerId organizerId, SalesChannel channel,
        @Nullable String buyerName, @Nullable String buyerEmail, Money total, Instant placedAt) {
}
