package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ticket types and their counters. The counter updates are conditional single-row statements: the database
 * serialises them on the row, so two holds can never both take the last ticket.
 */
@Repository
class TicketTypes {

    private static final String COLUMNS = """
            id, event_id, organizer_id, name, price_minor, currency, capacity, held, sold, sale_starts_at, sale_ends_at,
            max_per_order, visibility""";

    private final JdbcClient jdbc;

    TicketTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TicketType> byId(TicketTypeId id) {
        return withQuotas(jdbc.sql("select " + COLUMNS + " from ticket_type where id = :id").param("id", id.value())
                .query(TicketTypes::row).list()).stream().findFirst();
    }

    List<TicketType> ofEvent(EventId event) {
        return withQuotas(jdbc.sql("select " + COLUMNS + " from ticket_type where event_id = :event order by created_at, id")
                .param("event", event.value()).query(TicketTypes::row).list());
    }

    List<TicketType> byIds(Collection<TicketTypeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withQuotas(jdbc.sql("select " + COLUMNS + " from ticket_type where id in (:ids)")
                .param("ids", ids.stream().map(TicketTypeId::value).toList()).query(TicketTypes::row).list());
    }

    void insert(TicketType type, Instant createdAt) {
        jdbc.sql("""
                insert into ticket_type (id, event_id, organizer_id, name, price_minor, currency, capacity, held, sold,
                    sale_starts_at, sale_ends_at, max_per_order, visibility, created_at)
                values (:id, :event, :organizer, :name, :price, :currency, :capacity, 0, 0, :saleStartsAt, :saleEndsAt,
                    :maxPerOrder, :visibility, :createdAt)
                """)
                .params(columns(type))
                .param("event", type.eventId().value())
                .param("organizer", type.organizerId().value())
                .param("createdAt", Timestamps.utc(createdAt))
                .update();
        writeQuotas(type);
    }

    /** Saves the settings; the counters are left alone. */
    void update(TicketType type) {
        jdbc.sql("""
                update ticket_type set name = :name, price_minor = :price, currency = :currency, capacity = :capacity,
                    sale_starts_at = :saleStartsAt, sale_ends_at = :saleEndsAt, max_per_order = :maxPerOrder, visibility = :visibility
                where id = :id
                """).params(columns(type)).update();
        jdbc.sql("delete from ticket_type_quota where ticket_type_id = :id").param("id", type.id().value()).update();
        writeQuotas(type);
    }

    Instant createdAt(TicketTypeId id) {
        return jdbc.sql("select created_at from ticket_type where id = :id").param("id", id.value())
                .query((rs, n) -> Timestamps.instant(rs, "created_at")).single();
    }

    /** Every type of an event, with its quota memberships. */
    void deleteOfEvent(EventId event) {
        jdbc.sql("delete from ticket_type where event_id = :event").param("event", event.value()).update();
    }

    void delete(TicketTypeId id) {
        jdbc.sql("delete from ticket_type where id = :id").param("id", id.value()).update();
    }

    /** Reserves {@code quantity} if that many are left; false when not. */
    boolean hold(TicketTypeId id, int quantity) {
        return jdbc.sql("update ticket_type set held = held + :q where id = :id and held + sold + :q <= capacity")
                .param("q", quantity).param("id", id.value()).update() == 1;
    }

    void release(TicketTypeId id, int quantity) {
        jdbc.sql("update ticket_type set held = held - :q where id = :id").param("q", quantity).param("id", id.value()).update();
    }

    void sell(TicketTypeId id, int quantity) {
        jdbc.sql("update ticket_type set held = held - :q, sold = sold + :q where id = :id")
                .param("q", quantity).param("id", id.value()).update();
    }

    void returnSold(TicketTypeId id, int quantity) {
        jdbc.sql("update ticket_type set sold = sold - :q where id = :id").param("q", quantity).param("id", id.value()).update();
    }

    private void writeQuotas(TicketType type) {
        for (QuotaId quota : type.quotaIds()) {
            jdbc.sql("insert into ticket_type_quota (ticket_type_id, quota_id) values (:type, :quota)")
                    .param("type", type.id().value()).param("quota", quota.value()).update();
        }
    }

    private List<TicketType> withQuotas(List<TicketType> types) {
        if (types.isEmpty()) {
            return types;
        }
        Map<UUID, Set<QuotaId>> quotas = new HashMap<>();
        jdbc.sql("select ticket_type_id, quota_id from ticket_type_quota where ticket_type_id in (:ids)")
                .param("ids", types.stream().map(t -> t.id().value()).toList())
                .query(rs -> {
                    quotas.computeIfAbsent(rs.getObject("ticket_type_id", UUID.class), k -> new HashSet<>())
                            .add(new QuotaId(rs.getObject("quota_id", UUID.class)));
                });
        return types.stream().map(t -> new TicketType(t.id(), t.eventId(), t.organizerId(), t.name(), t.price(), t.capacity(),
                t.held(), t.sold(), t.saleStartsAt(), t.saleEndsAt(), t.maxPerOrder(), t.visibility(),
                quotas.getOrDefault(t.id().value(), Set.of()))).toList();
    }

    private static Map<String, Object> columns(TicketType type) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", type.id().value());
        columns.put("name", type.name());
        columns.put("price", type.price().amountMinor());
        columns.put("currency", type.price().currencyCode());
        columns.put("capacity", type.capacity());
        columns.put("saleStartsAt", Timestamps.utc(type.saleStartsAt()));
        columns.put("saleEndsAt", Timestamps.utc(type.saleEndsAt()));
        columns.put("maxPerOrder", type.maxPerOrder());
        columns.put("visibility", type.visibility().name());
        return columns;
    }

    private static TicketType row(ResultSet rs, int n) throws SQLException {
        return new TicketType(new TicketTypeId(rs.getObject("id", UUID.class)), new EventId(rs.getObject("event_id", UUID.class)),
                new OrganizerId(rs.getObject("organizer_id", UUID.class)), rs.getString("name"),
                Money.ofMinor(rs.getLong("price_minor"), rs.getString("currency")), rs.getInt("capacity"), rs.getInt("held"),
                rs.getInt("sold"), Timestamps.instant(rs, "sale_starts_at"), Timestamps.instant(rs, "sale_ends_at"), rs.getInt("max_per_order"),
                Visibility.valueOf(rs.getString("visibility")), Set.of());
    }


}
