package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.IllegalTransitionException;
import dev.marquee.server.ticketing.TicketsIssued;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An order, guarding its lifecycle: PENDING, then PAID or CANCELLED; a paid order becomes REFUNDED once every
 * ticket is refunded, or CANCELLED when staff cancel it whole. Refunds never exceed what was paid.
 */
@Entity
@Table(name = "orders")
class Order extends AggregateRoot<Order, OrderId> {

    @Id
    private OrderId id;
    private String code;
    private EventId eventId;
    private OrganizerId organizerId;
    private HoldId holdId;
    @Enumerated(EnumType.STRING)
    private SalesChannel channel;
    private String buyerName;
    private String buyerEmail;
    @AttributeOverride(name = "amountMinor", column = @Column(name = "total_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money total;
    @AttributeOverride(name = "amountMinor", column = @Column(name = "refunded_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "refunded_currency"))
    private Money refunded;
    private String accessSecretHash;
    private String checkoutKey;
    private String createdBy;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private Instant paidAt;

    /**
     * Places an order for a hold's tickets, waiting for payment.
     *
     * @param checkoutKey the idempotency attempt an online checkout runs under, so a retry after a crash can resume
     *                    it; {@code null} when there is none
     */
    Order(String code, EventId eventId, OrganizerId organizerId, HoldId holdId, SalesChannel channel, String buyerName, String buyerEmail,
            Money total, String accessSecretHash, String checkoutKey, String createdBy, Instant now) {
        this.id = OrderId.random();
        this.code = code;
        this.eventId = eventId;
        this.organizerId = organizerId;
        this.holdId = holdId;
        this.channel = channel;
        this.buyerName = buyerName;
        this.buyerEmail = buyerEmail;
        this.total = total;
        this.refunded = Money.zero(total.currencyCode());
        this.accessSecretHash = accessSecretHash;
        this.checkoutKey = checkoutKey;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = OrderStatus.PENDING;
        registerEvent(new OrderPlaced(summary()));
    }

    protected Order() {
    }

    /**
     * @param captured what the payment took
     * @param tickets  the tickets issued for it
     */
    void markPaid(PaymentMethod paidWith, Money captured, List<TicketsIssued.IssuedTicket> tickets, Instant now) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalTransitionException("Only a pending order can be paid; this one is " + status + ".", status);
        }
        status = OrderStatus.PAID;
        method = paidWith;
        paidAt = now;
        registerEvent(new OrderPaid(summary(), paidWith, captured, tickets, now));
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
    void cancel(OrderCancelled.Reason reason) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalTransitionException("Only a pending order can be cancelled this way; this one is " + status + ".", status);
        }
        status = OrderStatus.CANCELLED;
        registerEvent(new OrderCancelled(summary(), reason));
    }

    /**
     * Books a refund; the order is REFUNDED once no valid ticket is left, or CANCELLED when it is cancelled whole
     * ({@code cancelledWhole} says why, null when it is not).
     */
    void refund(Money amount, boolean noTicketLeft, OrderCancelled.Reason cancelledWhole) {
        if (status != OrderStatus.PAID) {
            throw new IllegalTransitionException("Only a paid order can be refunded; this one is " + status + ".", status);
        }
        refunded = refunded.plus(amount);
        if (cancelledWhole != null) {
            status = OrderStatus.CANCELLED;
            registerEvent(new OrderCancelled(summary(), cancelledWhole));
        } else if (noTicketLeft) {
            status = OrderStatus.REFUNDED;
        }
    }

    private OrderSummary summary() {
        return new OrderSummary(id, code, eventId, organizerId, channel, buyerName, buyerEmail, total, createdAt);
    }

    @Override
    public OrderId getId() {
        return id;
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

    SalesChannel channel() {
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
