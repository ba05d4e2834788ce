package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.ConflictException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A ticket type of an event: its price, capacity and sale window, the quotas it counts against, and its live
 * counters. The counters are read here but only ever moved by the conditional updates in {@link TicketTypes}.
 */
@Entity
class TicketType extends AggregateRoot<TicketType, TicketTypeId> {

    @Id
    private TicketTypeId id;
    private EventId eventId;
    private OrganizerId organizerId;
    private String name;
    @AttributeOverride(name = "amountMinor", column = @Column(name = "price_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
    private Money price;
    private int capacity;
    // Never written by a save: only the conditional updates in TicketTypes move them, which is what stops overselling.
    @Column(insertable = false, updatable = false)
    private int held;
    @Column(insertable = false, updatable = false)
    private int sold;
    private Instant saleStartsAt;
    private Instant saleEndsAt;
    private int maxPerOrder;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "ticket_type_quota", joinColumns = @JoinColumn(name = "ticket_type_id"))
    @Column(name = "quota_id")
    private Set<QuotaId> quotaIds = new HashSet<>();

    TicketType(EventId eventId, OrganizerId organizerId, TicketTypeRequest settings, Set<QuotaId> quotaIds, Instant createdAt) {
        this.id = TicketTypeId.random();
        this.eventId = eventId;
        this.organizerId = organizerId;
        this.createdAt = createdAt;
        apply(settings, quotaIds);
    }

    protected TicketType() {
    }

    /**
     * Changes the settings, refusing what would contradict the tickets already sold or held: a capacity below them,
     * or other quotas or another currency, since the quota counters and the sold prices already include them.
     */
    void change(TicketTypeRequest settings, Set<QuotaId> newQuotaIds) {
        if (settings.capacity() < sold + held) {
            throw new ConflictException("Capacity cannot go below the " + sold + " sold and " + held + " held tickets of '" + name + "'.");
        }
        if (!newQuotaIds.equals(quotaIds) && sold + held > 0) {
            throw new ConflictException("'" + name + "' has sold or held tickets, so its quotas can no longer change.");
        }
        if (!settings.price().currency().equals(price.currency()) && sold + held > 0) {
            throw new ConflictException("'" + name + "' has sold or held tickets, so its currency can no longer change.");
        }
        apply(settings, newQuotaIds);
    }

    /** Marks the type as going away; refused while it has sold or held tickets. */
    TicketType remove() {
        if (sold + held > 0) {
            throw new ConflictException("'" + name + "' has sold or held tickets and cannot be deleted. Set its capacity to "
                    + "what is sold, or end its sale window, instead.");
        }
        registerEvent(new TicketTypeRemoved(id, eventId));
        return this;
    }

    /** Goes away with its draft event, which never was on sale. */
    TicketType removeWithEvent() {
        registerEvent(new TicketTypeRemoved(id, eventId));
        return this;
    }

    private void apply(TicketTypeRequest settings, Set<QuotaId> newQuotaIds) {
        name = settings.name().trim();
        price = settings.price();
        capacity = settings.capacity();
        saleStartsAt = settings.saleStartsAt();
        saleEndsAt = settings.saleEndsAt();
        maxPerOrder = settings.maxPerOrder();
        visibility = settings.visibility();
        if (!quotaIds.equals(newQuotaIds)) {
            quotaIds.clear();
            quotaIds.addAll(newQuotaIds);
        }
        registerEvent(new TicketTypeDefined(id, eventId, organizerId, name, price, capacity, createdAt));
    }

    @Override
    public TicketTypeId getId() {
        return id;
    }

    TicketTypeId id() {
        return id;
    }

    EventId eventId() {
        return eventId;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    String name() {
        return name;
    }

    Money price() {
        return price;
    }

    int maxPerOrder() {
        return maxPerOrder;
    }

    Instant saleStartsAt() {
        return saleStartsAt;
    }

    Instant saleEndsAt() {
        return saleEndsAt;
    }

    Set<QuotaId> quotaIds() {
        return Set.copyOf(quotaIds);
    }

    int remaining() {
        return Math.max(0, capacity - held - sold);
    }

    /** Whether the sale window is open at {@code now}. */
    boolean onSaleAt(Instant now) {
        return (saleStartsAt == null || !now.isBefore(saleStartsAt)) && (saleEndsAt == null || now.isBefore(saleEndsAt));
    }

    boolean sellableThrough(SalesChannel channel) {
        return visibility == Visibility.PUBLIC || channel == SalesChannel.BOX_OFFICE;
    }

    TicketTypeView view(int available) {
        return new TicketTypeView(id, eventId, name, price, capacity, sold, held, available, saleStartsAt, saleEndsAt, maxPerOrder,
                visibility, Set.copyOf(quotaIds));
    }
}
