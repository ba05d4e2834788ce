package dev.marquee.server.checkin;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.GateView;
import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A named entrance of an organizer's venues, where kiosks stand. */
@Entity
class Gate extends AggregateRoot<Gate, UUID> {

    @Id
    private UUID id;
    private OrganizerId organizerId;
    private String name;

    Gate(OrganizerId organizerId, String name) {
        this.id = UUID.randomUUID();
        this.organizerId = organizerId;
        this.name = name;
    }

    protected Gate() {
    }

    @Override
    public UUID getId() {
        return id;
    }

    GateView view() {
        return new GateView(id, name);
    }
}
