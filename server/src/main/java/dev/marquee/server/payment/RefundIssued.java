package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;
import java.util.UUID;

/**
 * Money was paid back for an order.
 *
 * @param orderId     the order
 * @param organizerId its organizer
 * @param method      the way it went back
 * @param amount      how much
 * @param refundId    this refund, so that a listener that is handed it twice counts it once
 */
public record RefundIssued(OrderId orderId, OrganizerId organizerId, PaymentMethod method, Money amount, UUID refundId) {
}
