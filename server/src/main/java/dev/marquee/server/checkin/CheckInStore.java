package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.FeedCheckIn;
import dev.marquee.model.checkin.FeedTicket;
import dev.marquee.server.platform.Timestamps;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The check-in tables that stay explicit SQL (lists and gates are entities): the per-event change counter (a
 * sequence counter, locked until commit), the ticket and type copies (on-conflict inserts so redelivery is
 * harmless), presence (the conditional insert and update that admit a ticket once across gates), scans (the
 * on-conflict insert makes a repeated upload harmless) and the kiosk feed and attendance queries (merged paging
 * by change number and aggregates, read in one statement each).
 */
@Repository
class CheckInStore {

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A list with its owner. */
    record OwnedList(CheckInListView list, OrganizerId organizerId) {

        CheckInRules.ListRules rules() {
            Set<UUID> types = new HashSet<>();
            list.ticketTypeIds().forEach(type -> types.add(type.value()));
            return new CheckInRules.ListRules(list.eventId().value(), types, list.validFrom(), list.validUntil(), list.allowExit(),
                    list.allowReentry());
        }
    }

    /** A scan as stored. */
    record StoredScan(UUID scanId, UUID ticketId, String verdict, String reason, String gate, Instant scannedAt) {
    }

    /**
     * Takes the event's next change number. The counter row stays locked until the caller's transaction ends, so
     * changes of one event become visible in the order of their numbers.
     */
    long nextSeq(EventId event) {
        return nextSeqs(event, 1);
    }

    /**
     * Takes {@code count} consecutive change numbers of the event at once and returns the first. The counter's row
     * exists but for the event's first change, so the insert is only tried when the update finds none.
     */
    long nextSeqs(EventId event, int count) {
        if (advance(event, count) == 0) {
            jdbc.sql("insert into checkin_counter (event_id, seq) values (:event, 0) on conflict do nothing").param("event", event.value()).update();
            advance(event, count);
        }
        return jdbc.sql("select seq from checkin_counter where event_id = :event").param("event", event.value()).query(Long.class).single()
                - count + 1;
    }

    private int advance(EventId event, int count) {
        return jdbc.sql("update checkin_counter set seq = seq + :count where event_id = :event").param("event", event.value())
                .param("count", count).update();
    }

    /** Inserts a newly issued ticket; a redelivered issue finds it there and leaves it as it is now. */
    void addTicket(TicketId ticket, EventId event, TicketTypeId type, OrderId order, int serial, @Nullable String holder, long seq) {
        // Explicit: the on-conflict insert is what makes a redelivered event harmless.
        jdbc.sql("""
                insert into checkin_ticket (ticket_id, event_id, ticket_type_id, order_id, serial, status, paid, holder_name, seq)
                values (:ticket, :event, :type, :order, :serial, 'VALID', true, :holder, :seq) on conflict do nothing
                """)
                .param("ticket", ticket.value()).param("event", event.value()).param("type", type.value()).param("order", order.value())
                .param("serial", serial).param("holder", holder).param("seq", seq)
                .update();
    }

    void revokeTicket(TicketId ticket, String status, long seq) {
        jdbc.sql("update checkin_ticket set status = :status, seq = :seq where ticket_id = :ticket")
                .param("status", status).param("seq", seq).param("ticket", ticket.value()).update();
    }

    /** Raises the serial; an older reissue arriving late changes nothing. */
    void reissueTicket(TicketId ticket, int serial, @Nullable String holder, long seq) {
        jdbc.sql("update checkin_ticket set serial = :serial, holder_name = :holder, seq = :seq where ticket_id = :ticket and serial < :serial")
                .param("serial", serial).param("holder", holder).param("seq", seq).param("ticket", ticket.value()).update();
    }

    void defineType(TicketTypeId type, EventId event, String name) {
        // Insert-or-update without a select race between two listeners: the on-conflict insert, then the update.
        jdbc.sql("insert into checkin_ticket_type (id, event_id, name) values (:id, :event, :name) on conflict do nothing")
                .param("id", type.value()).param("event", event.value()).param("name", name).update();
        jdbc.sql("update checkin_ticket_type set name = :name where id = :id").param("id", type.value()).param("name", name).update();
    }

    void removeType(TicketTypeId type) {
        jdbc.sql("delete from checkin_ticket_type where id = :id").param("id", type.value()).update();
    }

    /** A ticket of the event; never one of another event, so no list sees tickets beyond its own event. */
    Optional<CheckInRules.TicketState> ticket(UUID ticket, EventId event) {
        return jdbc.sql("""
                select ticket_id, ticket_type_id, status, paid, serial, holder_name from checkin_ticket
                where ticket_id = :ticket and event_id = :event
                """)
                .param("ticket", ticket).param("event", event.value())
                .query((rs, n) -> new CheckInRules.TicketState(rs.getObject("ticket_id", UUID.class), rs.getObject("ticket_type_id", UUID.class),
                        rs.getBoolean("paid") ? rs.getString("status") : "UNPAID", rs.getInt("serial"), rs.getString("holder_name")))
                .optional();
    }

    Optional<String> typeName(UUID ticketType) {
        return jdbc.sql("select name from checkin_ticket_type where id = :id").param("id", ticketType).query(String.class).optional();
    }

    /** The event's change-feed counter, when its lists go. */
    void deleteCounter(EventId event) {
        jdbc.sql("delete from checkin_counter where event_id = :event").param("event", event.value()).update();
    }

    Optional<CheckInRules.Presence> presence(UUID ticket, CheckInListId list) {
        return jdbc.sql("select inside, first_admitted_at, first_gate from checkin_presence where ticket_id = :ticket and list_id = :list")
                .param("ticket", ticket).param("list", list.value())
                .query((rs, n) -> new CheckInRules.Presence(rs.getBoolean("inside"), Timestamps.instant(rs, "first_admitted_at"), rs.getString("first_gate")))
                .optional();
    }

    /** Records a first admission; false if the ticket was admitted on this list before, by anyone. */
    boolean admitFirst(UUID ticket, CheckInListId list, String gate, Instant at) {
        return jdbc.sql("""
                insert into checkin_presence (ticket_id, list_id, inside, first_admitted_at, first_gate, last_scan_at)
                values (:ticket, :list, true, :at, :gate, :at) on conflict do nothing
                """)
                .param("ticket", ticket).param("list", list.value()).param("gate", gate).param("at", Timestamps.utc(at)).update() == 1;
    }

    /** Lets a ticket that went out back in; false if it is inside already. */
    boolean reenter(UUID ticket, CheckInListId list, Instant at) {
        return jdbc.sql("update checkin_presence set inside = true, last_scan_at = :at where ticket_id = :ticket and list_id = :list and inside = false")
                .param("ticket", ticket).param("list", list.value()).param("at", Timestamps.utc(at)).update() == 1;
    }

    void exit(UUID ticket, CheckInListId list, Instant at) {
        jdbc.sql("update checkin_presence set inside = false, last_scan_at = :at where ticket_id = :ticket and list_id = :list")
                .param("ticket", ticket).param("list", list.value()).param("at", Timestamps.utc(at)).update();
    }

    /** A scan of this list; a scan id used on another list is not found here (scan ids are unique per list). */
    Optional<StoredScan> scan(UUID scanId, CheckInListId list) {
        return jdbc.sql("select scan_id, ticket_id, verdict, reason, gate, scanned_at from checkin_scan where list_id = :list and scan_id = :id")
                .param("list", list.value()).param("id", scanId)
                .query((rs, n) -> new StoredScan(rs.getObject("scan_id", UUID.class), rs.getObject("ticket_id", UUID.class), rs.getString("verdict"),
                        rs.getString("reason"), rs.getString("gate"), Timestamps.instant(rs, "scanned_at")))
                .optional();
    }

    /** Stores a scan unless one with its id exists; false if it was there already. */
    boolean insertScan(UUID scanId, CheckInListId list, EventId event, UUID ticket, String gate, String direction, Instant scannedAt,
            Instant receivedAt, String verdict, String reason, String localVerdict, boolean offline, boolean duplicate, String device, long seq) {
        return jdbc.sql("""
                insert into checkin_scan (scan_id, list_id, event_id, ticket_id, gate, direction, scanned_at, received_at, verdict, reason,
                    local_verdict, offline, duplicate, device, seq)
                values (:scan, :list, :event, :ticket, :gate, :direction, :scannedAt, :receivedAt, :verdict, :reason, :localVerdict, :offline,
                    :duplicate, :device, :seq) on conflict do nothing
                """)
                .param("scan", scanId).param("list", list.value()).param("event", event.value()).param("ticket", ticket).param("gate", gate)
                .param("direction", direction).param("scannedAt", Timestamps.utc(scannedAt)).param("receivedAt", Timestamps.utc(receivedAt))
                .param("verdict", verdict).param("reason", reason).param("localVerdict", localVerdict).param("offline", offline)
                .param("duplicate", duplicate).param("device", device).param("seq", seq)
                .update() == 1;
    }

    List<FeedTicket> ticketsSince(CheckInListId list, EventId event, long after, int limit) {
        return jdbc.sql("""
                select t.ticket_id, t.ticket_type_id, t.status, t.paid, t.serial, t.holder_name, t.seq from checkin_ticket t
                where t.event_id = :event and t.seq > :after
                  and t.ticket_type_id in (select ticket_type_id from checkin_list_type where list_id = :list)
                order by t.seq limit :limit
                """)
                .param("event", event.value()).param("after", after).param("list", list.value()).param("limit", limit)
                .query((rs, n) -> new FeedTicket(new TicketId(rs.getObject("ticket_id", UUID.class)),
                        new TicketTypeId(rs.getObject("ticket_type_id", UUID.class)), rs.getBoolean("paid") ? rs.getString("status") : "UNPAID",
                        rs.getInt("serial"), rs.getString("holder_name"), rs.getLong("seq")))
                .list();
    }

    List<FeedCheckIn> checkInsSince(CheckInListId list, long after, int limit) {
        return jdbc.sql("""
                select s.ticket_id, s.direction, s.seq, p.first_admitted_at, p.first_gate from checkin_scan s
                join checkin_presence p on p.ticket_id = s.ticket_id and p.list_id = s.list_id
                where s.list_id = :list and s.seq > :after and s.verdict = 'ADMITTED' and s.duplicate = false
                order by s.seq limit :limit
                """)
                .param("list", list.value()).param("after", after).param("limit", limit)
                .query((rs, n) -> new FeedCheckIn(new TicketId(rs.getObject("ticket_id", UUID.class)), "ENTRY".equals(rs.getString("direction")),
                        Timestamps.instant(rs, "first_admitted_at"), rs.getString("first_gate"), rs.getLong("seq")))
                .list();
    }

    int admittedCount(CheckInListId list) {
        return jdbc.sql("select count(*) from checkin_presence where list_id = :list").param("list", list.value()).query(Integer.class).single();
    }

    Attendance attendance(CheckInListId list) {
        int expected = jdbc.sql("""
                select count(*) from checkin_ticket t where t.status = 'VALID'
                  and t.ticket_type_id in (select ticket_type_id from checkin_list_type where list_id = :list)
                """).param("list", list.value()).query(Integer.class).single();
        int admitted = admittedCount(list);
        int inside = jdbc.sql("select count(*) from checkin_presence where list_id = :list and inside = true").param("list", list.value())
                .query(Integer.class).single();
        int duplicates = jdbc.sql("select count(*) from checkin_scan where list_id = :list and duplicate = true").param("list", list.value())
                .query(Integer.class).single();
        List<Attendance.Count> byType = jdbc.sql("""
                select tt.name, count(*) from checkin_presence p join checkin_ticket t on t.ticket_id = p.ticket_id
                join checkin_ticket_type tt on tt.id = t.ticket_type_id where p.list_id = :list group by tt.name order by tt.name
                """).param("list", list.value()).query((rs, n) -> new Attendance.Count(rs.getString(1), rs.getInt(2))).list();
        List<Attendance.Count> byGate = jdbc.sql("""
                select first_gate, count(*) from checkin_presence where list_id = :list group by first_gate order by first_gate
                """).param("list", list.value()).query((rs, n) -> new Attendance.Count(rs.getString(1), rs.getInt(2))).list();
        Map<Instant, Integer> perMinute = new java.util.TreeMap<>();
        jdbc.sql("select first_admitted_at from checkin_presence where list_id = :list").param("list", list.value())
                .query((rs, n) -> Timestamps.instant(rs, "first_admitted_at")).list()
                .forEach(at -> perMinute.merge(at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), 1, Integer::sum));
        return new Attendance(list, expected, admitted, inside, duplicates, byType, byGate,
                perMinute.entrySet().stream().map(e -> new Attendance.Bucket(e.getKey(), e.getValue())).toList());
    }


}
