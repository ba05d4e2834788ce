package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.server.inventory.SalesChannel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an order is, as its events tell it, so that a listener keeping its own picture of orders (reporting) needs
 * one event per change and never asks booking back.
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
public record OrderSummary(OrderId orderId, String code, EventId eventId, OrganizerId organizerId, SalesChannel channel,
        @Nullable String buyerName, @Nullable String buyerEmail, Money total, Instant placedAt) {
}
