package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.inventory.SalesChannel;
import java.time.Instant;

/**
 * An order was paid and its tickets issued.
 *
 * @param orderId     the order
 * @param eventId     its event
 * @param organizerId its organizer
 * @param total       what the tickets cost
 * @param method      how it was paid
 * @param tickets     how many tickets
 * @param channel     where it was sold
 * @param paidAt      when it was paid
 */
public record OrderPaid(OrderId orderId, EventId eventId, OrganizerId organizerId, Money total, PaymentMethod method, int tickets,
        SalesChannel channel, Instant paidAt) {
}
