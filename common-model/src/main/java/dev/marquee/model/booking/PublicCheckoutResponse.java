package dev.marquee.model.booking;

import dev.marquee.model.OrderId;

/**
 * Answer to an online checkout.
 *
 * @param orderId      the order
 * @param code         the order code
 * @param status       PAID on success
 * @param accessSecret proves ownership to fetch the tickets without an account; shown once, keep it
 */
public record PublicCheckoutResponse(OrderId orderId, String code, OrderStatus status, String accessSecret) {
}
