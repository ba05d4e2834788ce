package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.ZoneId;

/** A place where an organizer's events happen; it stays with the organizer that created it. */
@Entity
class Venue extends AggregateRoot<Venue, VenueId> {

    @Id
    private VenueId id;
    private OrganizerId organizerId;
    private String name;
    private String address;
    private int capacity;
    @Column(name = "time_zone")
    private ZoneId zone;

    Venue(OrganizerId organizerId, String name, String address, int capacity, ZoneId zone) {
        this.id = VenueId.random();
        this.organizerId = organizerId;
        this.name = name;
        this.address = address;
        this.capacity = capacity;
        this.zone = zone;
    }

    protected Venue() {
    }

    @Override
    public VenueId getId() {
        return id;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    String name() {
        return name;
    }

    String address() {
        return address;
    }

    ZoneId zone() {
        return zone;
    }

    /** Changes what the venue is called, where it is, how many it holds and its zone; never its organizer. */
    void describe(OrganizerId requestedOrganizer, String newName, String newAddress, int newCapacity, ZoneId newZone) {
        if (!organizerId.equals(requestedOrganizer)) {
            throw new InvalidInputException("organizerId", "cannot change; a venue stays with its organizer");
        }
        name = newName;
        address = newAddress;
        capacity = newCapacity;
        zone = newZone;
    }

    VenueView view() {
        return new VenueView(id, organizerId, name, address, capacity, zone.getId());
    }
}
