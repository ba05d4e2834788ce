package dev.marquee.server.reporting;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.reporting.SalesSummary;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sales figures and exports of an event, within the caller's organizer scope. */
@Service
@Transactional(readOnly = true)
public class SalesReports {

    private final JdbcClient jdbc;
    private final EventManagement events;

    SalesReports(JdbcClient jdbc, EventManagement events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public SalesSummary summary(EventId eventId, StaffPrincipal staff) {
        EventView event = events.get(eventId, staff);
        List<SalesSummary.TypeSales> byType = jdbc.sql("""
                select tt.id, tt.name, tt.capacity, tt.currency, count(t.id) as sold, coalesce(sum(t.price_minor), 0) as revenue
                from ticket_type tt left join ticket t on t.ticket_type_id = tt.id and t.status = 'VALID'
                where tt.event_id = :event group by tt.id, tt.name, tt.capacity, tt.currency, tt.created_at order by tt.created_at
                """)
                .param("event", event.id().value())
                .query((rs, n) -> new SalesSummary.TypeSales(new TicketTypeId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getInt("sold"), rs.getInt("capacity"), Money.ofMinor(rs.getLong("revenue"), rs.getString("currency"))))
                .list();
        int paidOrders = jdbc.sql("select count(*) from orders where event_id = :event and status = 'PAID'").param("event", event.id().value())
                .query(Integer.class).single();
        Money revenue = jdbc.sql("""
                select l.currency, sum(case when l.kind = 'CHARGE' then l.amount_minor else -l.amount_minor end)
                from ledger_entry l join orders o on o.id = l.order_id where o.event_id = :event group by l.currency
                """)
                .param("event", event.id().value())
                .query((rs, n) -> Money.ofMinor(rs.getLong(2), rs.getString(1))).optional().orElse(null);
        Map<Instant, Integer> perMinute = new TreeMap<>();
        jdbc.sql("select t.issued_at from ticket t where t.event_id = :event").param("event", event.id().value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list()
                .forEach(at -> perMinute.merge(at.truncatedTo(ChronoUnit.MINUTES), 1, Integer::sum));
        return new SalesSummary(event.id(), paidOrders, byType.stream().mapToInt(SalesSummary.TypeSales::sold).sum(),
                byType.stream().mapToInt(SalesSummary.TypeSales::capacity).sum(), revenue, byType,
                perMinute.entrySet().stream().map(e -> new SalesSummary.Bucket(e.getKey(), e.getValue())).toList());
    }

    /** Every order of the event as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets pick the encoding). */
    public String ordersCsv(EventId eventId, StaffPrincipal staff) {
        EventView event = events.get(eventId, staff);
        StringBuilder csv = new StringBuilder("\uFEFForder code,status,channel,payment,buyer name,buyer email,tickets,total,refunded,currency,"
                + "created at,paid at\r\n");
        jdbc.sql("""
                select o.code, o.status, o.channel, o.method, o.buyer_name, o.buyer_email, o.total_minor, o.refunded_minor, o.currency,
                       o.created_at, o.paid_at, (select count(*) from ticket t where t.order_id = o.id) as tickets
                from orders o where o.event_id = :event order by o.created_at
                """)
                .param("event", event.id().value())
                .query(rs -> {
                    row(csv, rs.getString("code"), rs.getString("status"), rs.getString("channel"), rs.getString("method"),
                            rs.getString("buyer_name"), rs.getString("buyer_email"), Integer.toString(rs.getInt("tickets")),
                            major(rs.getLong("total_minor"), rs.getString("currency")), major(rs.getLong("refunded_minor"), rs.getString("currency")),
                            rs.getString("currency"), text(rs.getObject("created_at", OffsetDateTime.class)),
                            text(rs.getObject("paid_at", OffsetDateTime.class)));
                });
        return csv.toString();
    }

    /** Every ticket of the event with its holder, order and check-in, as CSV. */
    public String attendeesCsv(EventId eventId, StaffPrincipal staff) {
        EventView event = events.get(eventId, staff);
        StringBuilder csv = new StringBuilder("\uFEFFticket,ticket type,status,holder,order code,buyer email,price,currency,checked in at,"
                + "gate\r\n");
        jdbc.sql("""
                select t.id, tt.name, t.status, t.holder_name, o.code, o.buyer_email, t.price_minor, t.currency,
                       (select min(p.first_admitted_at) from checkin_presence p where p.ticket_id = t.id) as admitted_at,
                       (select min(p.first_gate) from checkin_presence p where p.ticket_id = t.id) as gate
                from ticket t join ticket_type tt on tt.id = t.ticket_type_id join orders o on o.id = t.order_id
                where t.event_id = :event order by o.created_at, t.id
                """)
                .param("event", event.id().value())
                .query(rs -> {
                    row(csv, rs.getObject("id", UUID.class).toString(), rs.getString("name"), rs.getString("status"), rs.getString("holder_name"),
                            rs.getString("code"), rs.getString("buyer_email"), major(rs.getLong("price_minor"), rs.getString("currency")),
                            rs.getString("currency"), text(rs.getObject("admitted_at", OffsetDateTime.class)), rs.getString("gate"));
                });
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes what needs it, and defuses cells a spreadsheet would run as a formula. */
    static String escape(String cell) {
        if (cell == null) {
            return "";
        }
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String major(long minor, String currency) {
        return Money.ofMinor(minor, currency).toMajor().toPlainString();
    }

    private static String text(OffsetDateTime time) {
        return time == null ? "" : time.toInstant().toString();
    }
}
