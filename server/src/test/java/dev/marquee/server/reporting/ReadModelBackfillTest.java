package dev.marquee.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database that held sales before the read models existed keeps its figures after the upgrade. */
class ReadModelBackfillTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 1, 19, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anUpgradedDatabaseReportsTheSalesItHadBefore() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("13.1").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        UUID organizer = insert(jdbc, "organizer", Map.of("name", "Club", "created_at", AT));
        UUID venue = insert(jdbc, "venue", Map.of("organizer_id", organizer, "name", "Hall", "address", "Main St 1", "capacity", 100,
                "time_zone", "UTC"));
        UUID event = insert(jdbc, "event", Map.ofEntries(Map.entry("organizer_id", organizer), Map.entry("venue_id", venue),
                Map.entry("title", "Gig"), Map.entry("description", ""), Map.entry("category", "music"), Map.entry("starts_at", AT),
                Map.entry("ends_at", AT.plusHours(2)), Map.entry("time_zone", "UTC"), Map.entry("status", "PUBLISHED"),
                Map.entry("created_at", AT), Map.entry("updated_at", AT), Map.entry("version", 0)));
        UUID type = insert(jdbc, "ticket_type", Map.ofEntries(Map.entry("event_id", event), Map.entry("organizer_id", organizer),
                Map.entry("name", "Standing"), Map.entry("price_minor", 2500), Map.entry("currency", "EUR"), Map.entry("capacity", 100),
                Map.entry("sold", 1), Map.entry("max_per_order", 10), Map.entry("visibility", "PUBLIC"), Map.entry("created_at", AT)));
        UUID hold = insert(jdbc, "hold", Map.of("event_id", event, "organizer_id", organizer, "channel", "BOX_OFFICE", "status", "SOLD",
                "expires_at", AT, "created_at", AT));
        UUID order = insert(jdbc, "orders", Map.ofEntries(Map.entry("code", "ABC123"), Map.entry("event_id", event),
                Map.entry("organizer_id", organizer), Map.entry("hold_id", hold), Map.entry("status", "PAID"), Map.entry("channel", "BOX_OFFICE"),
                Map.entry("method", "CASH"), Map.entry("buyer_name", "Ann"), Map.entry("total_minor", 2500), Map.entry("refunded_minor", 0),
                Map.entry("refunded_currency", "EUR"), Map.entry("currency", "EUR"), Map.entry("created_at", AT), Map.entry("paid_at", AT)));
        jdbc.sql("""
                insert into ledger_entry (order_id, organizer_id, kind, method, amount_minor, currency, at)
                values (:order, :organizer, 'CHARGE', 'CASH', 2500, 'EUR', :at)
                """).param("order", order).param("organizer", organizer).param("at", AT).update();
        UUID ticket = insert(jdbc, "ticket", Map.ofEntries(Map.entry("order_id", order), Map.entry("event_id", event),
                Map.entry("ticket_type_id", type), Map.entry("serial", 1), Map.entry("status", "VALID"), Map.entry("price_minor", 2500),
                Map.entry("currency", "EUR"), Map.entry("token", "t"), Map.entry("issued_at", AT)));

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("select name from checkin_ticket_type where id = :id").param("id", type).query(String.class).single())
                .isEqualTo("Standing");
        assertThat(jdbc.sql("select capacity from reporting_ticket_type where id = :id").param("id", type).query(Integer.class).single())
                .isEqualTo(100);
        assertThat(jdbc.sql("select code, status, captured_minor, refunded_minor from reporting_order where id = :id").param("id", order)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4)).single())
                .isEqualTo("ABC123 PAID 2500 0");
        assertThat(jdbc.sql("select status from reporting_ticket where id = :id").param("id", ticket).query(String.class).single())
                .isEqualTo("VALID");
    }

    private static UUID insert(JdbcClient jdbc, String table, Map<String, Object> columns) {
        UUID id = UUID.randomUUID();
        String names = String.join(", ", columns.keySet());
        String values = String.join(", ", columns.keySet().stream().map(name -> ":" + name).toList());
        JdbcClient.StatementSpec statement = jdbc.sql("insert into " + table + " (id, " + names + ") values (:id, " + values + ")").param("id", id);
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            statement = statement.param(column.getKey(), column.getValue());
        }
        statement.update();
        return id;
    }
}
