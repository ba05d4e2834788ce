package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.ticketing.TicketsIssued;
import java.time.Instant;
import java.util.List;

/**
 * An order was paid and its tickets issued. It says all of the sale, so that a read model of sales takes one
 * delivery per order, not one per module that had a part in it.
 *
 * @param order    the order
 * @param method   how it was paid
 * @param captured what the payment took: the total, or nothing for complimentary tickets
 * @param tickets  the tickets issued for it
 * @param paidAt   when it was paid
 */
public record OrderPaid(OrderSummary order, PaymentMethod method, Money captured, List<TicketsIssued.IssuedTicket> tickets, Instant paidAt) {

    public OrderPaid {
        tickets = List.copyOf(tickets);
    }

    public OrderId orderId() {
        return order.orderId();
    }

    public EventId eventId() {
        return order.eventId();
    }

    public OrganizerId organizerId() {
        return order.organizerId();
    }

    public Money total() {
        return order.total();
    }

    public SalesChannel channel() {
        return order.channel();
    }
}
