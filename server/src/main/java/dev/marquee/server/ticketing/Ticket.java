package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.ticket.TicketToken;
import dev.marquee.model.ticket.TicketTokenCodec;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.IllegalTransitionException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.security.PrivateKey;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One admission to an event, with the QR token that proves it, signed by the event's key. Reissuing gives it a
 * new serial and token (codes with an older serial stop admitting); revoking ends it for good.
 */
@Entity
class Ticket extends AggregateRoot<Ticket, TicketId> {

    @Id
    private TicketId id;
    private OrderId orderId;
    private EventId eventId;
    private TicketTypeId ticketTypeId;
    private int serial;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private @Nullable String holderName;
    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "price_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money price;
    private String token;
    private Instant issuedAt;
    private @Nullable Instant revokedAt;
    @Version
    private int version;

    private Ticket(OrderId orderId, EventId eventId, TicketTypeId ticketTypeId, @Nullable String holderName, Money price,
            PrivateKey key, Instant issuedAt) {
        this.id = TicketId.random();
        this.orderId = orderId;
        this.eventId = eventId;
        this.ticketTypeId = ticketTypeId;
        this.serial = 1;
        this.status = TicketStatus.VALID;
        this.holderName = holderName;
        this.price = price;
        this.token = sign(key);
        this.issuedAt = issuedAt;
    }

    protected Ticket() {
    }

    /** A new valid ticket with serial 1, signed with the event's key. */
    static Ticket issue(OrderId order, EventId event, TicketTypeId type, @Nullable String holderName, Money price, PrivateKey key,
            Instant at) {
        return new Ticket(order, event, type, holderName, price, key, at);
    }

    @Override
    public TicketId getId() {
        return id;
    }

    OrderId orderId() {
        return orderId;
    }

    EventId eventId() {
        return eventId;
    }

    TicketTypeId ticketTypeId() {
        return ticketTypeId;
    }

    int serial() {
        return serial;
    }

    TicketStatus status() {
        return status;
    }

    @Nullable String holderName() {
        return holderName;
    }

    boolean isValid() {
        return status == TicketStatus.VALID;
    }

    /** Ends the ticket: no serial of it admits any more. */
    void revoke(TicketRevoked.Reason reason, Instant at) {
        if (!isValid()) {
            throw new IllegalTransitionException("This ticket was revoked already.", status);
        }
        status = TicketStatus.REVOKED;
        revokedAt = at;
        registerEvent(new TicketRevoked(id, orderId, eventId, serial, reason));
    }

    /** Gives the ticket the next serial and a token for it, signed with {@code key}; the old code stops admitting. */
    void reissue(PrivateKey key) {
        if (!isValid()) {
            throw new IllegalTransitionException("This ticket was revoked and cannot be reissued.", status);
        }
        if (serial >= TicketToken.MAX_SERIAL) {
            throw new ConflictException("This ticket has been reissued too often; refund it and sell a new one.");
        }
        serial++;
        token = sign(key);
        registerEvent(new TicketReissued(id, orderId, eventId, ticketTypeId, serial, holderName));
    }

    TicketsIssued.IssuedTicket issued() {
        return new TicketsIssued.IssuedTicket(id, ticketTypeId, serial, holderName, price);
    }

    OrderTicketView view(String typeName) {
        return new OrderTicketView(id, ticketTypeId, typeName, price, status, serial, holderName, token);
    }

    private String sign(PrivateKey key) {
        return TicketTokenCodec.encode(new TicketToken(id.value(), eventId.value(), ticketTypeId.value(), serial, null, null), key);
    }
}
