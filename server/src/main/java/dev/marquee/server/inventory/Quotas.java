package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.inventory.QuotaView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shared capacity quotas and their counters, updated as conditionally as the ticket types'. */
@Repository
class Quotas {

    private final JdbcClient jdbc;

    Quotas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A quota with the organizer that owns it. */
    record Owned(QuotaView quota, OrganizerId organizerId) {
    }

    Optional<Owned> byId(QuotaId id) {
        return jdbc.sql("select id, event_id, organizer_id, name, capacity, held, sold from quota where id = :id")
                .param("id", id.value()).query(Quotas::row).optional();
    }

    List<QuotaView> ofEvent(EventId event) {
        return jdbc.sql("select id, event_id, organizer_id, name, capacity, held, sold from quota where event_id = :event order by name, id")
                .param("event", event.value()).query(Quotas::row).list().stream().map(Owned::quota).toList();
    }

    List<QuotaView> byIds(Collection<QuotaId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, event_id, organizer_id, name, capacity, held, sold from quota where id in (:ids)")
                .param("ids", ids.stream().map(QuotaId::value).toList()).query(Quotas::row).list().stream().map(Owned::quota).toList();
    }

    void insert(QuotaView quota, OrganizerId organizer) {
        jdbc.sql("""
                insert into quota (id, event_id, organizer_id, name, capacity, held, sold)
                values (:id, :event, :organizer, :name, :capacity, 0, 0)
                """)
                .param("id", quota.id().value()).param("event", quota.eventId().value()).param("organizer", organizer.value())
                .param("name", quota.name()).param("capacity", quota.capacity())
                .update();
    }

    void update(QuotaId id, String name, int capacity) {
        jdbc.sql("update quota set name = :name, capacity = :capacity where id = :id")
                .param("id", id.value()).param("name", name).param("capacity", capacity).update();
    }

    boolean inUse(QuotaId id) {
        return jdbc.sql("select count(*) from ticket_type_quota where quota_id = :id").param("id", id.value()).query(Long.class).single() > 0;
    }

    /** Every quota of an event; its ticket types must be gone first. */
    void deleteOfEvent(EventId event) {
        jdbc.sql("delete from quota where event_id = :event").param("event", event.value()).update();
    }

    void delete(QuotaId id) {
        jdbc.sql("delete from quota where id = :id").param("id", id.value()).update();
    }

    boolean hold(QuotaId id, int quantity) {
        return jdbc.sql("update quota set held = held + :q where id = :id and held + sold + :q <= capacity")
                .param("q", quantity).param("id", id.value()).update() == 1;
    }

    void release(QuotaId id, int quantity) {
        jdbc.sql("update quota set held = held - :q where id = :id").param("q", quantity).param("id", id.value()).update();
    }

    void sell(QuotaId id, int quantity) {
        jdbc.sql("update quota set held = held - :q, sold = sold + :q where id = :id").param("q", quantity).param("id", id.value()).update();
    }

    void returnSold(QuotaId id, int quantity) {
        jdbc.sql("update quota set sold = sold - :q where id = :id").param("q", quantity).param("id", id.value()).update();
    }

    private static Owned row(ResultSet rs, int n) throws SQLException {
        return new Owned(new QuotaView(new QuotaId(rs.getObject("id", UUID.class)), new EventId(rs.getObject("event_id", UUID.class)),
                rs.getString("name"), rs.getInt("capacity"), rs.getInt("sold"), rs.getInt("held")),
                new OrganizerId(rs.getObject("organizer_id", UUID.class)));
    }
}
