package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The events. Saving an event publishes the domain events it registered, inside the caller's transaction, so the
 * event publication registry records them atomically with the change.
 */
@Repository
class Events {

    private static final String SELECT = """
            select e.id, e.organizer_id, e.venue_id, e.title, e.description, e.category, e.starts_at, e.ends_at, e.time_zone,
                   e.minimum_age, e.status, e.created_at, e.updated_at, e.version, v.name as venue_name, v.address as venue_address
            from event e join venue v on v.id = e.venue_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    Events(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** An event with the name and address of its venue, as lists and views need them. */
    record Found(Event event, String venueName, String venueAddress) {
    }

    /**
     * What to search for. Null fields do not filter.
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
    }

    Optional<Found> byId(EventId id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id.value()).query(Events::row).optional();
    }

    List<Found> search(Search search) {
        if (search.organizers() != null && search.organizers().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.organizers() != null) {
            sql.append(" and e.organizer_id in (:organizers)");
            params.put("organizers", search.organizers().stream().map(OrganizerId::value).toList());
        }
        if (search.status() != null) {
            sql.append(" and e.status = :status");
            params.put("status", search.status().name());
        }
        if (search.from() != null) {
            sql.append(" and e.ends_at > :from");
            params.put("from", Timestamps.utc(search.from()));
        }
        if (search.to() != null) {
            sql.append(" and e.starts_at < :to");
            params.put("to", Timestamps.utc(search.to()));
        }
        if (search.text() != null && !search.text().isBlank()) {
            sql.append(" and (lower(e.title) like :text escape '!' or lower(e.description) like :text escape '!'")
                    .append(" or lower(e.category) like :text escape '!' or lower(v.name) like :text escape '!')");
            params.put("text", "%" + escapeLike(search.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.after() != null) {
            sql.append(" and (e.starts_at > :afterStart or (e.starts_at = :afterStart and e.id > :afterId))");
            params.put("afterStart", Timestamps.utc(search.after().startsAt()));
            params.put("afterId", search.after().id());
        }
        sql.append(" order by e.starts_at, e.id limit :limit");
        params.put("limit", search.limit());
        return jdbc.sql(sql.toString()).params(params).query(Events::row).list();
    }

    void insert(Event event) {
        jdbc.sql("""
                insert into event (id, organizer_id, venue_id, title, description, category, starts_at, ends_at, time_zone,
                                   minimum_age, status, created_at, updated_at, version)
                values (:id, :organizer, :venue, :title, :description, :category, :startsAt, :endsAt, :zone,
                        :minimumAge, :status, :createdAt, :updatedAt, 0)
                """)
                .params(columns(event))
                .param("organizer", event.organizerId().value())
                .param("createdAt", Timestamps.utc(event.createdAt()))
                .update();
        publishDomainEvents(event);
    }

    /** Saves changes, refusing them if someone else saved the event since it was read. */
    void update(Event event) {
        int updated = jdbc.sql("""
                update event set venue_id = :venue, title = :title, description = :description, category = :category,
                    starts_at = :startsAt, ends_at = :endsAt, time_zone = :zone, minimum_age = :minimumAge, status = :status,
                    updated_at = :updatedAt, version = version + 1
                where id = :id and version = :version
                """)
                .params(columns(event))
                .param("version", event.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("Someone else changed this event at the same time. Reload it and try again.");
        }
        publishDomainEvents(event);
    }

    void delete(Event event) {
        // EventDeleted first: its listeners remove the other modules' rows that still reference the event.
        publishDomainEvents(event);
        jdbc.sql("delete from event where id = :id").param("id", event.id().value()).update();
    }

    private void publishDomainEvents(Event event) {
        event.takeDomainEvents().forEach(publisher::publishEvent);
    }

    private static Map<String, Object> columns(Event event) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", event.id().value());
        columns.put("venue", event.venueId().value());
        columns.put("title", event.details().title());
        columns.put("description", event.details().description());
        columns.put("category", event.details().category());
        columns.put("startsAt", Timestamps.utc(event.schedule().startsAt()));
        columns.put("endsAt", Timestamps.utc(event.schedule().endsAt()));
        columns.put("zone", event.schedule().zone().getId());
        columns.put("minimumAge", event.details().minimumAge());
        columns.put("status", event.status().name());
        columns.put("updatedAt", Timestamps.utc(event.updatedAt()));
        return columns;
    }

    private static Found row(ResultSet rs, int n) throws SQLException {
        Integer minimumAge = rs.getObject("minimum_age", Integer.class);
        Event event = new Event(new EventId(rs.getObject("id", UUID.class)), new OrganizerId(rs.getObject("organizer_id", UUID.class)),
                new VenueId(rs.getObject("venue_id", UUID.class)),
                new Event.Schedule(Timestamps.instant(rs, "starts_at"), Timestamps.instant(rs, "ends_at"), ZoneId.of(rs.getString("time_zone"))),
                new Event.Details(rs.getString("title"), rs.getString("description"), rs.getString("category"), minimumAge),
                EventStatus.valueOf(rs.getString("status")), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"), rs.getInt("version"));
        return new Found(event, rs.getString("venue_name"), rs.getString("venue_address"));
    }



    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
