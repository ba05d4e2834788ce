package dev.marquee.server.booking;

/**
 * An order was created from a hold and waits for payment.
 *
 * @param order the order as it was placed
 */
public record OrderPlaced(OrderSummary order) implements OrderEvent {
}
