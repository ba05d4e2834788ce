package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An organizer: the company or club whose events, venues and staff belong together. */
@Entity
class Organizer extends AggregateRoot<Organizer, OrganizerId> {

    @Id
    private OrganizerId id;
    private String name;
    private Instant createdAt;

    Organizer(String name, Instant createdAt) {
        this.id = OrganizerId.random();
        this.name = name;
        this.createdAt = createdAt;
    }

    protected Organizer() {
    }

    @Override
    public OrganizerId getId() {
        return id;
    }

    void rename(String newName) {
        name = newName;
    }

    OrganizerView view() {
        return new OrganizerView(id, name, createdAt);
    }
}
