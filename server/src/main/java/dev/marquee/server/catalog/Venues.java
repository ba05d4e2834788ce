package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.VenueView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The venues of all organizers. */
@Repository
class Venues {

    private static final String COLUMNS = "id, organizer_id, name, address, capacity, time_zone";

    private final JdbcClient jdbc;

    Venues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VenueView> byId(VenueId id) {
        return jdbc.sql("select " + COLUMNS + " from venue where id = :id").param("id", id.value()).query(Venues::row).optional();
    }

    List<VenueView> all() {
        return jdbc.sql("select " + COLUMNS + " from venue order by name, id").query(Venues::row).list();
    }

    List<VenueView> ofOrganizers(Collection<OrganizerId> organizers) {
        if (organizers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from venue where organizer_id in (:organizers) order by name, id")
                .param("organizers", organizers.stream().map(OrganizerId::value).toList())
                .query(Venues::row).list();
    }

    void insert(VenueView venue) {
        jdbc.sql("""
                insert into venue (id, organizer_id, name, address, capacity, time_zone)
                values (:id, :organizer, :name, :address, :capacity, :zone)
                """)
                .param("id", venue.id().value()).param("organizer", venue.organizerId().value()).param("name", venue.name())
                .param("address", venue.address()).param("capacity", venue.capacity()).param("zone", venue.timeZone())
                .update();
    }

    void update(VenueView venue) {
        jdbc.sql("update venue set name = :name, address = :address, capacity = :capacity, time_zone = :zone where id = :id")
                .param("id", venue.id().value()).param("name", venue.name()).param("address", venue.address())
                .param("capacity", venue.capacity()).param("zone", venue.timeZone())
                .update();
    }

    boolean hasEvents(VenueId id) {
        return jdbc.sql("select count(*) from event where venue_id = :id").param("id", id.value()).query(Long.class).single() > 0;
    }

    void delete(VenueId id) {
        jdbc.sql("delete from venue where id = :id").param("id", id.value()).update();
    }

    private static VenueView row(ResultSet rs, int n) throws SQLException {
        return new VenueView(new VenueId(rs.getObject("id", UUID.class)), new OrganizerId(rs.getObject("organizer_id", UUID.class)),
                rs.getString("name"), rs.getString("address"), rs.getInt("capacity"), rs.getString("time_zone"));
    }
}
