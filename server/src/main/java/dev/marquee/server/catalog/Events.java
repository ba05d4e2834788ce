package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.EventStatus;
import jakarta.persistence.QueryHint;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.ListCrudRepository;

/** The events. Saving one publishes the domain events it registered, inside the caller's transaction. */
interface Events extends ListCrudRepository<Event, EventId>, JpaSpecificationExecutor<Event> {

    boolean existsByVenueId(VenueId venue);

    /** Saves and writes at once, so that a stale version fails here. */
    Event saveAndFlush(Event event);

    /** The event with its venue in one statement: the hold and checkout paths look events up. */
    @Query("select new dev.marquee.server.catalog.EventAtVenue(e, v.name, v.address) from Event e join Venue v on v.id = e.venueId where e.id = :id")
    Optional<EventAtVenue> findAtVenue(EventId id);

    /**
     * As {@link #findAtVenue}, read-only, for looking an event up where nothing changes it (every hold and checkout
     * does): Hibernate keeps no snapshot of it and a flush does not check it. Not for a transaction that goes on to
     * change the event, which would then not be written.
     */
    @Query("select new dev.marquee.server.catalog.EventAtVenue(e, v.name, v.address) from Event e join Venue v on v.id = e.venueId where e.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    Optional<EventAtVenue> readAtVenue(EventId id);

    /** One page of a search, soonest first. */
    default List<Event> search(Search search) {
        if (search.organizers() != null && search.organizers().isEmpty()) {
            return List.of();
        }
        return findBy(search.specification(), query -> query.sortBy(Search.ORDER).limit(search.limit()).all());
    }

    /**
     * What to search for. Null fields do not filter, and are left out of the query rather than made optional in it,
     * so each search uses the index that fits it.
     *
     * @param organizers only events of these organizers; {@code null} for every organizer
     * @param status     only events in this status
     * @param from       only events that have not ended by then
     * @param to         only events that start before then
     * @param text       only events whose title, description, category or venue contains this, ignoring case
     * @param after      only events after this position
     * @param limit      at most this many
     */
    record Search(Set<OrganizerId> organizers, EventStatus status, Instant from, Instant to, String text, EventCursor after,
            int limit) {

        /** The keyset order that {@link EventCursor} points into. */
        static final Sort ORDER = Sort.by("schedule.startsAt", "id");

        Specification<Event> specification() {
            return (event, query, db) -> {
                List<Predicate> where = new ArrayList<>();
                if (organizers != null) {
                    where.add(event.get("organizerId").in(organizers));
                }
                if (status != null) {
                    where.add(db.equal(event.get("status"), status));
                }
                if (from != null) {
                    where.add(db.greaterThan(event.get("schedule").get("endsAt"), from));
                }
                if (to != null) {
                    where.add(db.lessThan(event.get("schedule").get("startsAt"), to));
                }
                if (text != null && !text.isBlank()) {
                    String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
                    Subquery<VenueId> venue = query.subquery(VenueId.class);
                    var venues = venue.from(Venue.class);
                    venue.select(venues.get("id")).where(db.equal(venues.get("id"), event.get("venueId")),
                            db.like(db.lower(venues.get("name")), pattern, '!'));
                    where.add(db.or(db.like(db.lower(event.get("details").get("title")), pattern, '!'),
                            db.like(db.lower(event.get("details").get("description")), pattern, '!'),
                            db.like(db.lower(event.get("details").get("category")), pattern, '!'),
                            db.exists(venue)));
                }
                if (after != null) {
                    var startsAt = event.<Instant>get("schedule").<Instant>get("startsAt");
                    where.add(db.or(db.greaterThan(startsAt, after.startsAt()),
                            db.and(db.equal(startsAt, after.startsAt()), later(db, event.get("id"), new EventId(after.id())))));
                }
                return db.and(where.toArray(Predicate[]::new));
            };
        }

        /** Ids have no order in Java, only in SQL (as UUIDs), which is all the keyset needs to break ties. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Predicate later(CriteriaBuilder db, Expression<?> id, Object than) {
            return db.greaterThan((Expression) id, (Expression) ((HibernateCriteriaBuilder) db).value(than));
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
