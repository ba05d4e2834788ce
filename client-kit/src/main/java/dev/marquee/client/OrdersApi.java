package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.ticket.TicketCheck;
import dev.marquee.model.ticket.TicketCheckRequest;
import java.util.List;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/** Orders after the sale, and their tickets: find, cancel, refund, reissue, print. Reach it through {@link MarqueeClient#orders()}. */
public final class OrdersApi {

    private static final TypeReference<List<OrderView>> ORDERS = new TypeReference<>() {
    };

    private final Transport transport;

    OrdersApi(Transport transport) {
        this.transport = transport;
    }

    /**
     * Finds orders, newest first.
     *
     * @param query an order code (any case, dash optional), a buyer's email or name; {@code null} for any
     * @param event only orders of this event, or {@code null}
     * @param limit at most this many, 1 to 200
     */
    public List<OrderView> find(String query, EventId event, int limit) {
        HttpUrl.Builder url = transport.urlBuilder("api/v1/orders").addQueryParameter("limit", Integer.toString(limit));
        Transport.addIfPresent(url, "q", query);
        Transport.addIfPresent(url, "eventId", event == null ? null : event.toString());
        return transport.get(url.build(), ORDERS);
    }

    /** One order with its tickets. */
    public OrderView order(OrderId id) {
        return transport.get(transport.url("api/v1/orders/" + id), OrderView.class);
    }

    /** Cancels an order with a fresh idempotency key. */
    public OrderView cancel(OrderId id) {
        return cancel(id, IdempotencyKey.next());
    }

    /** Cancels a pending order, or refunds a paid one whole and cancels it. */
    public OrderView cancel(OrderId id, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/orders/" + id + "/cancel"), null, key, OrderView.class);
    }

    /** Refunds tickets with a fresh idempotency key. */
    public OrderView refund(OrderId id, RefundRequest request) {
        return refund(id, request, IdempotencyKey.next());
    }

    /**
     * Refunds some tickets, or every valid one when {@code ticketIds} is empty; their QR codes stop working and they
     * go back on sale.
     *
     * @throws ConflictException with type {@code refund-exceeds-payment} or {@code no-open-shift} (cash)
     */
    public OrderView refund(OrderId id, RefundRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/orders/" + id + "/refund"), request, key, OrderView.class);
    }

    /** Gives a ticket a new QR code with a fresh idempotency key. */
    public OrderTicketView reissueTicket(OrderId order, TicketId ticket) {
        return reissueTicket(order, ticket, IdempotencyKey.next());
    }

    /** Gives a ticket a new QR code (its serial rises); the old code stops working. */
    public OrderTicketView reissueTicket(OrderId order, TicketId ticket, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/orders/" + order + "/tickets/" + ticket + "/reissue"), null, key, OrderTicketView.class);
    }

    /** The order's tickets as a PDF, ready to print. */
    public byte[] ticketsPdf(OrderId id) {
        return transport.bytes(transport.url("api/v1/orders/" + id + "/tickets.pdf"), Transport.ACCEPT_PDF);
    }

    /**
     * Checks a scanned QR code without admitting anyone. It changes nothing, so it is sent with a fresh idempotency
     * key and retried like a GET.
     */
    public TicketCheck verifyTicket(String token) {
        return transport.post(transport.url("api/v1/tickets/verify"), new TicketCheckRequest(token), IdempotencyKey.next(), TicketCheck.class);
    }
}
