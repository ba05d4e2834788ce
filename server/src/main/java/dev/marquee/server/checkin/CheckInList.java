package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A check-in list: which ticket types of an event it admits, when, and whether people may go out and back in. */
@Entity
@Table(name = "checkin_list")
class CheckInList extends AggregateRoot<CheckInList, CheckInListId> {

    @Id
    private CheckInListId id;
    private EventId eventId;
    private OrganizerId organizerId;
    private String name;
    private @Nullable Instant validFrom;
    private @Nullable Instant validUntil;
    private boolean allowExit;
    private boolean allowReentry;
    private Instant createdAt;

    // Eager: every scan needs the types, and Hibernate fetches them in the list's own select.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkin_list_type", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "ticket_type_id")
    private Set<TicketTypeId> ticketTypeIds = new HashSet<>();

    CheckInList(CheckInListView list, OrganizerId organizerId, Instant createdAt) {
        this.id = list.id();
        this.eventId = list.eventId();
        this.organizerId = organizerId;
        this.name = list.name();
        this.validFrom = list.validFrom();
        this.validUntil = list.validUntil();
        this.allowExit = list.allowExit();
        this.allowReentry = list.allowReentry();
        this.createdAt = createdAt;
        this.ticketTypeIds = new HashSet<>(list.ticketTypeIds());
    }

    protected CheckInList() {
    }

    @Override
    public CheckInListId getId() {
        return id;
    }

    CheckInStore.OwnedList owned() {
        return new CheckInStore.OwnedList(new CheckInListView(id, eventId, name, Set.copyOf(ticketTypeIds), validFrom, validUntil, allowExit,
                allowReentry), organizerId);
    }
}
