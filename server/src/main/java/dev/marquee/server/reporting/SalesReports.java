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

/**
 * Sales figures and exports of an event, within the caller's organizer scope, read from reporting's own tables
 * ({@link SalesReadModel}); they follow the sales a moment after each commit. The queries are explicit SQL: they
 * are report queries, aggregating and joining in the database.
 */
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
                from reporting_ticket_type tt left join reporting_ticket t on t.ticket_type_id = tt.id and t.status = 'VALID'
                where tt.event_id = :event group by tt.id, tt.name, tt.capacity, tt.currency, tt.created_at order by tt.created_at
                """)
                .param("event", event.id().value())
                .query((rs, n) -> new SalesSummary.TypeSales(new TicketTypeId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getInt("sold"), rs.getInt("capacity"), Money.ofMinor(rs.getLong("revenue"), rs.getString("currency"))))
                .list();
        int paidOrders = jdbc.sql("select count(*) from reporting_order where event_id = :event and status = 'PAID'").param("event", event.id().value())
                .query(Integer.class).single();
        Money revenue = jdbc.sql("""
                select currency, sum(captured_minor - refunded_minor) from reporting_order
                where event_id = :event and captured_minor is not null group by currency
                """)
                .param("event", event.id().value())
                .query((rs, n) -> Money.ofMinor(rs.getLong(2), rs.getString(1))).optional().orElse(null);
        Map<Instant, Integer> perMinute = new TreeMap<>();
        jdbc.sql("select t.issued_at from reporting_ticket t where t.event_id = :event").param("event", event.id().value())
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
                select o.code, o.status, o.channel, o.method, o.buyer_name, o.buyer_email, o.total_minor, o.currency, o.created_at, o.paid_at,
                       case when o.paid_at is null then 0 else o.refunded_minor end as refunded_minor,
                       (select count(*) from reporting_ticket t where t.order_id = o.id) as tickets
                from reporting_order o where o.event_id = :event order by o.created_at
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
                       (select min(a.first_admitted_at) from reporting_admission a where a.ticket_id = t.id) as admitted_at,
                       (select min(a.first_gate) from reporting_admission a where a.ticket_id = t.id) as gate
                from reporting_ticket t join reporting_ticket_type tt on tt.id = t.ticket_type_id join reporting_order o on o.id = t.order_id
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
