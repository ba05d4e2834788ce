package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.IllegalTransitionException;
import dev.marquee.server.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;

/**
 * An event, guarding its own lifecycle: DRAFT, then PUBLISHED, then CANCELLED or COMPLETED, both final. Only
 * drafts and published events can be edited. State changes register the domain events that saving publishes; the
 * version refuses a change when someone else saved the event since it was read.
 */
@Entity
class Event extends AggregateRoot<Event, EventId> {

    @Id
    private EventId id;
    private OrganizerId organizerId;
    private Instant createdAt;
    private VenueId venueId;
    @Embedded
    private Schedule schedule;
    @Embedded
    private Details details;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    private Instant updatedAt;
    @Version
    private int version;

    /** What an event says about itself. */
    @Embeddable
    record Details(String title, String description, String category, Integer minimumAge) {
    }

    /** When an event happens, as instants plus the zone its times are read in. */
    @Embeddable
    record Schedule(Instant startsAt, Instant endsAt, @Column(name = "time_zone") ZoneId zone) {

        Schedule {
            if (!endsAt.isAfter(startsAt)) {
                throw new InvalidInputException("endsAt", "must be after startsAt");
            }
        }

        /**
         * Reads wall-clock times in {@code zone}. A time inside a daylight-saving gap does not exist and is refused;
         * a time in the autumn overlap takes the earlier offset.
         */
        static Schedule local(LocalDateTime startsAt, LocalDateTime endsAt, ZoneId zone) {
            return new Schedule(instant("startsAt", startsAt, zone), instant("endsAt", endsAt, zone), zone);
        }

        private static Instant instant(String field, LocalDateTime local, ZoneId zone) {
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                throw new InvalidInputException(field, local + " does not exist in " + zone + " (clocks skip it); choose another time");
            }
            return local.atZone(zone).toInstant();
        }
    }

    private Event(OrganizerId organizerId, VenueId venueId, Schedule schedule, Details details, Instant now) {
        this.id = EventId.random();
        this.organizerId = organizerId;
        this.venueId = venueId;
        this.schedule = schedule;
        this.details = details;
        this.status = EventStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected Event() {
    }

    static Event draft(OrganizerId organizer, VenueId venue, Schedule schedule, Details details, Instant now) {
        return new Event(organizer, venue, schedule, details, now);
    }

    @Override
    public EventId getId() {
        return id;
    }

    void revise(VenueId venue, Schedule newSchedule, Details newDetails, Instant now) {
        if (status != EventStatus.DRAFT && status != EventStatus.PUBLISHED) {
            throw new IllegalTransitionException("A " + status.name().toLowerCase() + " event can no longer be edited.", status);
        }
        this.venueId = venue;
        this.schedule = newSchedule;
        this.details = newDetails;
        this.updatedAt = now;
    }

    void publish(String by, Instant now) {
        if (status != EventStatus.DRAFT) {
            throw new IllegalTransitionException("Only a draft can be published; this event is " + status + ".", status);
        }
        status = EventStatus.PUBLISHED;
        updatedAt = now;
        registerEvent(new EventPublished(id, organizerId, by, now));
    }

    void cancel(String by, String reason, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new IllegalTransitionException(status == EventStatus.DRAFT
                    ? "A draft is not public yet: delete it instead of cancelling it."
                    : "Only a published event can be cancelled; this event is " + status + ".", status);
        }
        status = EventStatus.CANCELLED;
        updatedAt = now;
        registerEvent(new EventCancelled(id, organizerId, by, reason, now));
    }

    void complete(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new IllegalTransitionException("Only a published event can be completed; this event is " + status + ".", status);
        }
        if (now.isBefore(schedule.startsAt())) {
            throw new IllegalTransitionException("The event has not started yet, so it cannot be completed.", status);
        }
        status = EventStatus.COMPLETED;
        updatedAt = now;
    }

    /** Deletes a draft; refuses anything else: once public, an event's history must stay. */
    void delete(String by, Instant now) {
        if (status != EventStatus.DRAFT) {
            throw new IllegalTransitionException("Only a draft can be deleted; cancel a published event instead.", status);
        }
        registerEvent(new EventDeleted(id, organizerId, by, now));
    }

    EventView view(String venueName) {
        return new EventView(id, organizerId, venueId, venueName, details.title(), details.description(), details.category(),
                schedule.startsAt().atZone(schedule.zone()).toOffsetDateTime(),
                schedule.endsAt().atZone(schedule.zone()).toOffsetDateTime(), schedule.zone().getId(), details.minimumAge(),
                status, createdAt, updatedAt);
    }

    /** The domain events registered since the last save, which the next save publishes. */
    Collection<Object> registeredEvents() {
        return domainEvents();
    }

    EventId id() {
        return id;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    VenueId venueId() {
        return venueId;
    }

    Schedule schedule() {
        return schedule;
    }

    Details details() {
        return details;
    }

    EventStatus status() {
        return status;
    }
}
