package dev.marquee.server.booking;

import dev.marquee.model.Money;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.ticketing.TicketsIssued;
import java.time.Instant;
import java.util.List;

/**
 * An order was paid and its tickets issued. It tells all of the sale, so that a read model of sales hears of it
 * once, not once for each module that had a part in it.
 *
 * @param order    the order
 * @param method   how it was paid
 * @param captured what the payment took: the total, or nothing for complimentary tickets
 * @param tickets  the tickets issued for it
 * @param paidAt   when it was paid
 */
public record OrderPaid(OrderSummary order, PaymentMethod method, Money captured, List<TicketsIssued.IssuedTicket> tickets, Instant paidAt)
        implements OrderEvent {

    public OrderPaid {
        tickets = List.copyOf(tickets);
    }

    public Money total() {
        return order.total();
    }

    public SalesChannel channel() {
        return order.channel();
    }
}
