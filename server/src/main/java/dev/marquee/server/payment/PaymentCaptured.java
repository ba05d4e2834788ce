package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;

/**
 * Money was taken for an order.
 *
 * @param orderId     the order
 * @param organizerId its organizer
 * @param method      how
 * @param amount      how much
 */
public record PaymentCaptured(OrderId orderId, OrganizerId organizerId, PaymentMethod method, Money amount) {
}
