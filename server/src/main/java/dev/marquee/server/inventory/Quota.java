package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A capacity shared by several ticket types of one event, such as a hall's. Its counters move as a ticket type's do. */
@Entity
class Quota extends AggregateRoot<Quota, QuotaId> {

    @Id
    private QuotaId id;
    private EventId eventId;
    private OrganizerId organizerId;
    private String name;
    private int capacity;
    // Never written by a save: only the conditional updates in Quotas move them.
    @Column(insertable = false, updatable = false)
    private int held;
    @Column(insertable = false, updatable = false)
    private int sold;

    Quota(EventId eventId, OrganizerId organizerId, String name, int capacity) {
        this.id = QuotaId.random();
        this.eventId = eventId;
        this.organizerId = organizerId;
        this.name = name;
        this.capacity = capacity;
    }

    protected Quota() {
    }

    /** Renames and resizes it; refused below what it has sold and held. */
    void change(String newName, int newCapacity) {
        if (newCapacity < sold + held) {
            throw new ConflictException("Capacity cannot go below the " + sold + " sold and " + held + " held tickets of quota '" + name + "'.");
        }
        name = newName;
        capacity = newCapacity;
    }

    @Override
    public QuotaId getId() {
        return id;
    }

    EventId eventId() {
        return eventId;
    }

    int remaining() {
        return Math.max(0, capacity - held - sold);
    }

    QuotaView view() {
        return new QuotaView(id, eventId, name, capacity, sold, held);
    }
}
