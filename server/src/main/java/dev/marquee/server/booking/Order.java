package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.platform.IllegalTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order, guarding its lifecycle: PENDING, then PAID or CANCELLED; a paid order becomes REFUNDED once every
 * ticket is refunded, or CANCELLED when staff cancel it whole. Refunds never exceed what was paid.
 */
final class Order {

    private final OrderId id;
    private final String code;
    private final EventId eventId;
    private final OrganizerId organizerId;
    private final HoldId holdId;
    private final String channel;
    private final String buyerName;
    private final String buyerEmail;
    private final Money total;
    private String accessSecretHash;
    private final String checkoutKey;
    private final String createdBy;
    private final Instant createdAt;
    private OrderStatus status;
    private PaymentMethod method;
    private Money refunded;
    private Instant paidAt;
    private final List<Object> domainEvents = new ArrayList<>();

    Order(OrderId id, String code, EventId eventId, OrganizerId organizerId, HoldId holdId, String channel, String buyerName,
            String buyerEmail, Money total, String accessSecretHash, String checkoutKey, String createdBy, Instant createdAt,
            OrderStatus status, PaymentMethod method, Money refunded, Instant paidAt) {
        this.id = id;
        this.code = code;
        this.eventId = eventId;
        this.organizerId = organizerId;
        this.holdId = holdId;
        this.channel = channel;
        this.buyerName = buyerName;
        this.buyerEmail = buyerEmail;
        this.total = total;
        this.accessSecretHash = accessSecretHash;
        this.checkoutKey = checkoutKey;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = status;
        this.method = method;
        this.refunded = refunded;
        this.paidAt = paidAt;
    }

    /**
     * @param checkoutKey the idempotency attempt an online checkout runs under, so a retry after a crash can resume
     *                    it; {@code null} when there is none
     */
    static Order place(String code, EventId event, OrganizerId organizer, HoldId hold, String channel, String buyerName, String buyerEmail,
            Money total, String accessSecretHash, String checkoutKey, String createdBy, Instant now) {
        Order order = new Order(OrderId.random(), code, event, organizer, hold, channel, buyerName, buyerEmail, total, accessSecretHash,
                checkoutKey, createdBy, now, OrderStatus.PENDING, null, Money.zero(total.currencyCode()), null);
        order.domainEvents.add(new OrderPlaced(order.id, code, event, organizer, SalesChannel.valueOf(channel), buyerName, buyerEmail, total, now));
        return order;
    }

    void markPaid(PaymentMethod paidWith, int tickets, Instant now) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalTransitionException("Only a pending order can be paid; this one is " + status + ".", status);
        }
        status = OrderStatus.PAID;
        method = paidWith;
        paidAt = now;
        domainEvents.add(new OrderPaid(id, eventId, organizerId, total, paidWith, tickets, SalesChannel.valueOf(channel), now));
    }

    /** Whether a checkout retried under {@code attempt} may carry on with this order, its own unfinished one. */
    boolean resumableBy(String attempt) {
        return status == OrderStatus.PENDING && checkoutKey != null && checkoutKey.equals(attempt);
    }

    /**
     * Gives a resumed online checkout a new access secret: the one made by the interrupted attempt was never
     * handed to anyone, and only its hash was kept.
     */
    void renewAccessSecret(String hash) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalTransitionException("Only a pending order gets a new access secret; this one is " + status + ".", status);
        }
        accessSecretHash = hash;
    }

    /** Calls off an order before payment. */
    void cancel(String reason) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalTransitionException("Only a pending order can be cancelled this way; this one is " + status + ".", status);
        }
        status = OrderStatus.CANCELLED;
        domainEvents.add(new OrderCancelled(id, eventId, organizerId, reason));
    }

    /** Books a refund; the order is REFUNDED once no valid ticket is left, or CANCELLED when staff cancelled it whole. */
    void refund(Money amount, boolean noTicketLeft, boolean cancelWhole) {
        if (status != OrderStatus.PAID) {
            throw new IllegalTransitionException("Only a paid order can be refunded; this one is " + status + ".", status);
        }
        refunded = refunded.plus(amount);
        if (cancelWhole) {
            status = OrderStatus.CANCELLED;
            domainEvents.add(new OrderCancelled(id, eventId, organizerId, "cancelled and refunded by staff"));
        } else if (noTicketLeft) {
            status = OrderStatus.REFUNDED;
        }
    }

    List<Object> takeDomainEvents() {
        List<Object> events = List.copyOf(domainEvents);
        domainEvents.clear();
        return events;
    }

    OrderId id() {
        return id;
    }

    String code() {
        return code;
    }

    EventId eventId() {
        return eventId;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    HoldId holdId() {
        return holdId;
    }

    String channel() {
        return channel;
    }

    String buyerName() {
        return buyerName;
    }

    String buyerEmail() {
        return buyerEmail;
    }

    Money total() {
        return total;
    }

    String accessSecretHash() {
        return accessSecretHash;
    }

    String checkoutKey() {
        return checkoutKey;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    OrderStatus status() {
        return status;
    }

    PaymentMethod method() {
        return method;
    }

    Money refunded() {
        return refunded;
    }

    Instant paidAt() {
        return paidAt;
    }
}
