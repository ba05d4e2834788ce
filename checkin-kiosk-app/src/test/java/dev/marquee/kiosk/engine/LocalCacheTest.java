package dev.marquee.kiosk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.kiosk.engine.LocalCache.ScanState;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCacheTest {

    private static final Instant AT = Instant.parse("2026-11-22T19:30:00Z");

    /** The schema a cache file was created with before the cache had migrations, exactly as it wrote it. */
    private static final String[] SCHEMA_WITHOUT_MIGRATIONS = {
        "create table if not exists setting (name varchar(40) primary key, val varchar(100000))",
        "create table if not exists event_key (pos int primary key, key_text varchar(1000) not null)",
        "create table if not exists ticket_type (id uuid primary key, name varchar(300) not null)",
        "create table if not exists ticket (id uuid primary key, type_id uuid not null, status varchar(20) not null, serial int not null,"
                + " holder varchar(300), seq bigint not null)",
        "create table if not exists presence (ticket_id uuid primary key, inside boolean not null, first_at varchar(40), first_gate varchar(80))",
        "create table if not exists scan (seq bigint auto_increment primary key, scan_id uuid not null unique, token varchar(2000) not null,"
                + " scanned_at varchar(40) not null, gate varchar(80) not null, direction varchar(5) not null, state varchar(10) not null,"
                + " verdict varchar(10), reason varchar(30), ticket_id uuid)",
        "create index if not exists scan_state on scan (state, seq)",
    };

    @TempDir
    Path dataDir;

    @Test
    void keepsWhatItStoredAcrossReopening() {
        UUID scan = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        try (LocalCache cache = LocalCache.open(dataDir)) {
            cache.putSettings(Map.of("gate", "Side door"));
            cache.recordOffline(scan, "token", AT, "Side door", Direction.ENTRY, Verdict.ADMITTED, null, ticket, false);
        }

        try (LocalCache cache = LocalCache.open(dataDir)) {
            assertThat(cache.setting("gate")).contains("Side door");
            assertThat(cache.setting("missing")).isEmpty();
            assertThat(cache.scans(ScanState.QUEUED, 10)).extracting(LocalCache.PendingScan::scanId).containsExactly(scan);
            assertThat(cache.presence(ticket)).isEqualTo(new CheckInRules.Presence(true, AT, "Side door"));
            assertThat(cache.admitted()).isEqualTo(1);
        }
        assertThat(appliedMigrations()).containsExactly("1 SQL");
    }

    @Test
    void takesOverACacheFileWrittenBeforeItHadMigrations() throws SQLException {
        UUID scan = UUID.randomUUID();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA_WITHOUT_MIGRATIONS) {
                statement.execute(sql);
            }
            statement.executeUpdate("insert into setting (name, val) values ('token', 'device-token')");
            statement.executeUpdate("insert into scan (scan_id, token, scanned_at, gate, direction, state, verdict, reason)"
                    + " values ('" + scan + "', 'qr', '" + AT + "', 'Side door', 'ENTRY', 'QUEUED', 'REJECTED', 'FORGED')");
        }

        try (LocalCache cache = LocalCache.open(dataDir)) {
            assertThat(cache.setting("token")).contains("device-token");
            assertThat(cache.countScans(Set.of(ScanState.QUEUED))).isEqualTo(1);
            assertThat(cache.scans(ScanState.QUEUED, 10).getFirst().reason()).isEqualTo(RejectReason.FORGED);
            cache.markUploaded(cache.scans(ScanState.QUEUED, 10));
            assertThat(cache.countScans(Set.of(ScanState.QUEUED))).isZero();
        }
        assertThat(appliedMigrations()).containsExactly("1 BASELINE");
    }

    private List<String> appliedMigrations() {
        String history = "select \"version\", \"type\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"";
        try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(history)) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(rows.getString(1) + " " + rows.getString(2));
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("kiosk").toAbsolutePath(), "kiosk", "");
    }
}
