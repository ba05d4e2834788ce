package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holds. A hold leaves ACTIVE exactly once, guarded by a conditional update of its status. */
@Repository
class Holds {

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored hold; {@code clientAddress} is who took it on the public API, null at the box office. */
    record Hold(HoldId id, EventId eventId, OrganizerId organizerId, SalesChannel channel, String status, Instant expiresAt,
            List<Line> lines, String clientAddress) {
    }

    /** What one client address holds of one event right now; {@code nextExpiry} is null when it holds nothing. */
    record ClientHolds(int tickets, Instant nextExpiry) {
    }

    /** One ticket type of a hold, priced when it was taken. */
    record Line(TicketTypeId ticketTypeId, int quantity, Money unitPrice) {
    }

    void insert(Hold hold, Instant now) {
        jdbc.sql("""
                insert into hold (id, event_id, organizer_id, channel, status, expires_at, created_at, client_address)
                values (:id, :event, :organizer, :channel, 'ACTIVE', :expiresAt, :now, :client)
                """)
                .param("id", hold.id().value()).param("event", hold.eventId().value()).param("organizer", hold.organizerId().value())
                .param("channel", hold.channel().name()).param("expiresAt", Timestamps.utc(hold.expiresAt()))
                .param("client", hold.clientAddress())
                .param("now", Timestamps.utc(now))
                .update();
        for (Line line : hold.lines()) {
            jdbc.sql("""
                    insert into hold_item (hold_id, ticket_type_id, quantity, unit_price, currency)
                    values (:hold, :type, :quantity, :price, :currency)
                    """)
                    .param("hold", hold.id().value()).param("type", line.ticketTypeId().value()).param("quantity", line.quantity())
                    .param("price", line.unitPrice().amountMinor()).param("currency", line.unitPrice().currencyCode())
                    .update();
        }
    }

    Optional<Hold> byId(HoldId id) {
        List<Line> lines = jdbc.sql("select ticket_type_id, quantity, unit_price, currency from hold_item where hold_id = :id order by ticket_type_id")
                .param("id", id.value())
                .query((rs, n) -> new Line(new TicketTypeId(rs.getObject("ticket_type_id", UUID.class)), rs.getInt("quantity"),
                        Money.ofMinor(rs.getLong("unit_price"), rs.getString("currency"))))
                .list();
        return jdbc.sql("select id, event_id, organizer_id, channel, status, expires_at, client_address from hold where id = :id")
                .param("id", id.value())
                .query((rs, n) -> row(rs, lines))
                .optional();
    }

    /**
     * Locks the holds of one client address for one event until this transaction ends. Explicit SQL because it
     * carries the cap's guarantee: a concurrent hold of the same address waits here and then counts this one's
     * tickets, on any number of server instances.
     */
    void lockClient(EventId event, String clientAddress) {
        jdbc.sql("insert into hold_client (event_id, client_address) values (:event, :client) on conflict do nothing")
                .param("event", event.value()).param("client", clientAddress)
                .update();
        jdbc.sql("select event_id from hold_client where event_id = :event and client_address = :client for update")
                .param("event", event.value()).param("client", clientAddress)
                .query((rs, n) -> rs.getObject(1)).list();
    }

    /** The tickets in the active, unexpired holds of one client address for one event. */
    ClientHolds heldBy(EventId event, String clientAddress, Instant now) {
        return jdbc.sql("""
                select coalesce(sum(i.quantity), 0) as tickets, min(h.expires_at) as next_expiry
                from hold h join hold_item i on i.hold_id = h.id
                where h.event_id = :event and h.client_address = :client and h.status = 'ACTIVE' and h.expires_at > :now
                """)
                .param("event", event.value()).param("client", clientAddress).param("now", Timestamps.utc(now))
                .query((rs, n) -> new ClientHolds(rs.getInt("tickets"), Timestamps.instant(rs, "next_expiry")))
                .single();
    }

    /** Moves an active hold to {@code status}; false if it was no longer active (or, when converting, had expired). */
    boolean leaveActive(HoldId id, String status, Instant notExpiredAt) {
        return jdbc.sql("""
                update hold set status = :status
                where id = :id and status = 'ACTIVE' and (cast(:now as timestamp with time zone) is null or expires_at > :now)
                """)
                .param("status", status).param("id", id.value()).param("now", Timestamps.utc(notExpiredAt))
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} expired active holds for this transaction. Rows another instance is already
     * sweeping are skipped rather than waited for, so several instances can sweep at once without doing any hold
     * twice.
     */
    List<HoldId> claimExpired(Instant now, int limit) {
        return jdbc.sql("""
                select id from hold where status = 'ACTIVE' and expires_at <= :now
                order by expires_at limit :limit
                for update skip locked
                """)
                .param("now", Timestamps.utc(now)).param("limit", limit)
                .query((rs, n) -> new HoldId(rs.getObject("id", UUID.class)))
                .list();
    }

    private static Hold row(ResultSet rs, List<Line> lines) throws SQLException {
        return new Hold(new HoldId(rs.getObject("id", UUID.class)), new EventId(rs.getObject("event_id", UUID.class)),
                new OrganizerId(rs.getObject("organizer_id", UUID.class)), SalesChannel.valueOf(rs.getString("channel")),
                rs.getString("status"), Timestamps.instant(rs, "expires_at"), lines, rs.getString("client_address"));
    }
}
