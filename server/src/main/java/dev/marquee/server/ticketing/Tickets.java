package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued tickets. */
@Repository
class Tickets {

    private final JdbcClient jdbc;

    Tickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored ticket. */
    record Ticket(TicketId id, OrderId orderId, EventId eventId, TicketTypeId ticketTypeId, int serial, TicketStatus status,
            String holderName, Money price, String token) {
    }

    void insert(Ticket ticket, Instant now) {
        jdbc.sql("""
                insert into ticket (id, order_id, event_id, ticket_type_id, serial, status, holder_name, price_minor, currency, token, issued_at)
                values (:id, :order, :event, :type, :serial, :status, :holder, :price, :currency, :token, :now)
                """)
                .param("id", ticket.id().value()).param("order", ticket.orderId().value()).param("event", ticket.eventId().value())
                .param("type", ticket.ticketTypeId().value()).param("serial", ticket.serial()).param("status", ticket.status().name())
                .param("holder", ticket.holderName()).param("price", ticket.price().amountMinor())
                .param("currency", ticket.price().currencyCode()).param("token", ticket.token())
                .param("now", Timestamps.utc(now))
                .update();
    }

    List<Ticket> ofOrder(OrderId order) {
        return jdbc.sql("select * from ticket where order_id = :order order by issued_at, id").param("order", order.value())
                .query(Tickets::row).list();
    }

    Optional<Ticket> byId(TicketId id) {
        return jdbc.sql("select * from ticket where id = :id").param("id", id.value()).query(Tickets::row).optional();
    }

    /** Revokes a valid ticket; false if it was no longer valid. */
    boolean revoke(TicketId id, Instant now) {
        return jdbc.sql("update ticket set status = 'REVOKED', revoked_at = :now where id = :id and status = 'VALID'")
                .param("id", id.value()).param("now", Timestamps.utc(now)).update() == 1;
    }

    /** Replaces the serial and token of a valid ticket, if it still has {@code oldSerial}. */
    boolean reissue(TicketId id, int oldSerial, int newSerial, String token) {
        return jdbc.sql("update ticket set serial = :newSerial, token = :token where id = :id and serial = :oldSerial and status = 'VALID'")
                .param("id", id.value()).param("oldSerial", oldSerial).param("newSerial", newSerial).param("token", token).update() == 1;
    }

    private static Ticket row(ResultSet rs, int n) throws SQLException {
        return new Ticket(new TicketId(rs.getObject("id", UUID.class)), new OrderId(rs.getObject("order_id", UUID.class)),
                new EventId(rs.getObject("event_id", UUID.class)), new TicketTypeId(rs.getObject("ticket_type_id", UUID.class)),
                rs.getInt("serial"), TicketStatus.valueOf(rs.getString("status")), rs.getString("holder_name"),
                Money.ofMinor(rs.getLong("price_minor"), rs.getString("currency")), rs.getString("token"));
    }
}
