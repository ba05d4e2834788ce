package dev.marquee.server.payment;

import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;

/**
 * Taking payment for an order failed; nothing was charged and the order's hold is released.
 *
 * @param orderId     the order
 * @param organizerId its organizer
 * @param method      how payment was attempted
 * @param reason      why it failed, in words
 */
public record PaymentFailed(OrderId orderId, OrganizerId organizerId, PaymentMethod method, String reason) {
}
