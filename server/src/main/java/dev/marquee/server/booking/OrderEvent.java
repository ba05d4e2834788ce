package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;

/** What happened to an order, told with the order as it is ({@link OrderSummary}). */
public sealed interface OrderEvent permits OrderPlaced, OrderPaid, OrderCancelled {

    OrderSummary order();

    default OrderId orderId() {
        return order().orderId();
    }

    default EventId eventId() {
        return order().eventId();
    }

    default OrganizerId organizerId() {
        return order().organizerId();
    }
}
