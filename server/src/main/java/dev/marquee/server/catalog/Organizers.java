package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizers. */
@Repository
class Organizers {

    private final JdbcClient jdbc;

    Organizers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganizerView> byId(OrganizerId id) {
        return jdbc.sql("select id, name, created_at from organizer where id = :id").param("id", id.value())
                .query(Organizers::row).optional();
    }

    List<OrganizerView> all() {
        return jdbc.sql("select id, name, created_at from organizer order by name, id").query(Organizers::row).list();
    }

    List<OrganizerView> among(Collection<OrganizerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, created_at from organizer where id in (:ids) order by name, id")
                .param("ids", ids.stream().map(OrganizerId::value).toList())
                .query(Organizers::row).list();
    }

    void insert(OrganizerView organizer) {
        jdbc.sql("insert into organizer (id, name, created_at) values (:id, :name, :createdAt)")
                .param("id", organizer.id().value()).param("name", organizer.name())
                .param("createdAt", Timestamps.utc(organizer.createdAt()))
                .update();
    }

    void rename(OrganizerId id, String name) {
        jdbc.sql("update organizer set name = :name where id = :id").param("id", id.value()).param("name", name).update();
    }

    private static OrganizerView row(ResultSet rs, int n) throws SQLException {
        return new OrganizerView(new OrganizerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
