package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.payment.PaymentMethod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One line of the append-only ledger: a charge or a refund of an order. Entries are inserted and never changed or
 * removed ({@link Immutable}); the database numbers them in the order they were booked.
 */
@Entity
@Immutable
class LedgerEntry extends AbstractAggregateRoot<LedgerEntry> {

    /** Which way the money went. */
    enum Kind { CHARGE, REFUND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long seq;
    private OrderId orderId;
    private OrganizerId organizerId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money amount;
    private @Nullable String reference;
    private @Nullable ShiftId shiftId;
    private Instant at;

    private LedgerEntry(OrderId orderId, OrganizerId organizerId, Kind kind, PaymentMethod method, Money amount, @Nullable String reference,
            @Nullable ShiftId shiftId, Instant at) {
        this.orderId = orderId;
        this.organizerId = organizerId;
        this.kind = kind;
        this.method = method;
        this.amount = amount;
        this.reference = reference;
        this.shiftId = shiftId;
        this.at = at;
    }

    protected LedgerEntry() {
    }

    /** Money taken for an order; cash goes into the given shift's drawer. */
    static LedgerEntry charge(OrderId order, OrganizerId organizer, PaymentMethod method, Money amount, @Nullable String reference,
            @Nullable ShiftId shift, Instant at) {
        LedgerEntry entry = new LedgerEntry(order, organizer, Kind.CHARGE, method, amount, reference, shift, at);
        entry.registerEvent(new PaymentCaptured(order, organizer, method, amount));
        return entry;
    }

    /** Money paid back for an order, the way it was paid; cash comes out of the given shift's drawer. */
    static LedgerEntry refund(OrderId order, OrganizerId organizer, PaymentMethod method, Money amount, @Nullable String reference,
            @Nullable ShiftId shift, Instant at) {
        LedgerEntry entry = new LedgerEntry(order, organizer, Kind.REFUND, method, amount, reference, shift, at);
        entry.registerEvent(new RefundIssued(order, organizer, method, amount, UUID.randomUUID()));
        return entry;
    }

    Kind kind() {
        return kind;
    }

    PaymentMethod method() {
        return method;
    }

    Money amount() {
        return amount;
    }

    @Nullable String reference() {
        return reference;
    }

    /** What this entry adds to the amount paid and not refunded. */
    Money balance() {
        return kind == Kind.CHARGE ? amount : amount.negate();
    }
}
