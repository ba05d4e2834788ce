package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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

/** The orders. Saving an order publishes the domain events it registered, in the caller's transaction. */
@Repository
class Orders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    Orders(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    void insert(Order order) {
        jdbc.sql("""
                insert into orders (id, code, event_id, organizer_id, hold_id, status, channel, method, buyer_name, buyer_email,
                    total_minor, refunded_minor, currency, access_secret_hash, checkout_key, created_by, created_at, paid_at)
                values (:id, :code, :event, :organizer, :hold, :status, :channel, :method, :buyerName, :buyerEmail,
                    :total, :refunded, :currency, :secret, :checkoutKey, :createdBy, :createdAt, :paidAt)
                """)
                .params(columns(order))
                .param("code", order.code()).param("event", order.eventId().value()).param("organizer", order.organizerId().value())
                .param("hold", order.holdId().value()).param("channel", order.channel()).param("buyerName", order.buyerName())
                .param("buyerEmail", order.buyerEmail()).param("total", order.total().amountMinor())
                .param("currency", order.total().currencyCode())
                .param("checkoutKey", order.checkoutKey()).param("createdBy", order.createdBy()).param("createdAt", Timestamps.utc(order.createdAt()))
                .update();
        order.takeDomainEvents().forEach(publisher::publishEvent);
    }

    void update(Order order) {
        jdbc.sql("""
                update orders set status = :status, method = :method, refunded_minor = :refunded, paid_at = :paidAt,
                    access_secret_hash = :secret
                where id = :id
                """)
                .params(columns(order)).update();
        order.takeDomainEvents().forEach(publisher::publishEvent);
    }

    Optional<Order> byId(OrderId id) {
        return jdbc.sql("select * from orders where id = :id").param("id", id.value()).query(Orders::row).optional();
    }

    /** The order, locked until the transaction ends, for compensations that may race each other. */
    Optional<Order> lockById(OrderId id) {
        return jdbc.sql("select * from orders where id = :id for update").param("id", id.value()).query(Orders::row).optional();
    }

    Optional<Order> byCode(String code) {
        return jdbc.sql("select * from orders where code = :code").param("code", code).query(Orders::row).optional();
    }

    List<OrderId> paidOf(EventId event) {
        return jdbc.sql("select id from orders where event_id = :event and status = 'PAID' order by created_at")
                .param("event", event.value()).query((rs, n) -> new OrderId(rs.getObject(1, UUID.class))).list();
    }

    Optional<Order> byHold(HoldId hold) {
        return jdbc.sql("select * from orders where hold_id = :hold").param("hold", hold.value()).query(Orders::row).optional();
    }

    /**
     * Orders matching an order code exactly, or whose buyer email or name contains the text, newest first.
     *
     * @param organizers only these organizers' orders; {@code null} for all
     */
    List<Order> search(Set<OrganizerId> organizers, String code, String text, EventId event, int limit) {
        if (organizers != null && organizers.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from orders where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (organizers != null) {
            sql.append(" and organizer_id in (:organizers)");
            params.put("organizers", organizers.stream().map(OrganizerId::value).toList());
        }
        if (event != null) {
            sql.append(" and event_id = :event");
            params.put("event", event.value());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" and (code = :code or lower(buyer_email) like :text escape '!' or lower(buyer_name) like :text escape '!')");
            params.put("code", code == null ? "" : code);
            params.put("text", "%" + text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        sql.append(" order by created_at desc, id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Orders::row).list();
    }

    private static Map<String, Object> columns(Order order) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", order.id().value());
        columns.put("status", order.status().name());
        columns.put("method", order.method() == null ? null : order.method().name());
        columns.put("refunded", order.refunded().amountMinor());
        columns.put("paidAt", Timestamps.utc(order.paidAt()));
        columns.put("secret", order.accessSecretHash());
        return columns;
    }

    private static Order row(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        String method = rs.getString("method");
        OffsetDateTime paidAt = rs.getObject("paid_at", OffsetDateTime.class);
        return new Order(new OrderId(rs.getObject("id", UUID.class)), rs.getString("code"), new EventId(rs.getObject("event_id", UUID.class)),
                new OrganizerId(rs.getObject("organizer_id", UUID.class)), new HoldId(rs.getObject("hold_id", UUID.class)),
                rs.getString("channel"), rs.getString("buyer_name"), rs.getString("buyer_email"),
                Money.ofMinor(rs.getLong("total_minor"), currency), rs.getString("access_secret_hash"), rs.getString("checkout_key"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), OrderStatus.valueOf(rs.getString("status")),
                method == null ? null : PaymentMethod.valueOf(method), Money.ofMinor(rs.getLong("refunded_minor"), currency),
                paidAt == null ? null : paidAt.toInstant());
    }

}
