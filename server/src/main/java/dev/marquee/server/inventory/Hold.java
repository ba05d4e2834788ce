package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.HoldLine;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tickets reserved for one buyer until {@code expiresAt}, each line priced when it was taken. A hold leaves ACTIVE
 * exactly once, to SOLD, RELEASED or EXPIRED; the database decides which transition wins (see {@link Holds}), and
 * the hold then records it.
 */
@Entity
class Hold extends AggregateRoot<Hold, HoldId> {

    /** Where a hold is in its life. */
    enum Status {
        ACTIVE, SOLD, RELEASED, EXPIRED
    }

    /** One ticket type of a hold, priced when it was taken. */
    @Embeddable
    record Item(TicketTypeId ticketTypeId, int quantity, Money unitPrice) {
    }

    @Id
    private HoldId id;
    private EventId eventId;
    private OrganizerId organizerId;
    @Enumerated(EnumType.STRING)
    private SalesChannel channel;
    // Inserted ACTIVE, then moved only by the conditional updates in Holds: a save never decides a hold's fate.
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Status status;
    private Instant expiresAt;
    private Instant createdAt;
    private String clientAddress;
    @ElementCollection
    @CollectionTable(name = "hold_item", joinColumns = @JoinColumn(name = "hold_id"))
    @AttributeOverride(name = "unitPrice.amountMinor", column = @Column(name = "unit_price"))
    @AttributeOverride(name = "unitPrice.currency", column = @Column(name = "currency"))
    @OrderBy("ticketTypeId")
    private List<Item> items = new ArrayList<>();

    /** @param clientAddress who took it on the public API; null at the box office */
    Hold(EventId eventId, OrganizerId organizerId, SalesChannel channel, List<Item> items, String clientAddress, Instant now,
            Instant expiresAt) {
        this.id = HoldId.random();
        this.eventId = eventId;
        this.organizerId = organizerId;
        this.channel = channel;
        this.status = Status.ACTIVE;
        this.items = new ArrayList<>(items);
        this.clientAddress = clientAddress;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        registerEvent(new TicketsHeld(id, eventId, organizerId, tickets(), expiresAt));
    }

    protected Hold() {
    }

    /** Records that the hold was released; the caller has won the transition in the database. */
    void released(HoldReleased.Reason reason) {
        status = reason == HoldReleased.Reason.EXPIRED ? Status.EXPIRED : Status.RELEASED;
        registerEvent(new HoldReleased(id, eventId, organizerId, reason));
    }

    boolean activeAt(Instant now) {
        return status == Status.ACTIVE && expiresAt.isAfter(now);
    }

    int tickets() {
        return items.stream().mapToInt(Item::quantity).sum();
    }

    @Override
    public HoldId getId() {
        return id;
    }

    EventId eventId() {
        return eventId;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    SalesChannel channel() {
        return channel;
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    HoldView view(Map<TicketTypeId, String> names) {
        List<HoldLine> lines = new ArrayList<>();
        Money total = null;
        for (Item item : items) {
            Money lineTotal = item.unitPrice().times(item.quantity());
            lines.add(new HoldLine(item.ticketTypeId(), names.getOrDefault(item.ticketTypeId(), ""), item.quantity(), item.unitPrice(),
                    lineTotal));
            total = total == null ? lineTotal : total.plus(lineTotal);
        }
        return new HoldView(id, eventId, expiresAt, lines, total);
    }
}
