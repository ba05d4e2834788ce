package dev.marquee.kiosk.engine;

import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.checkin.FeedCheckIn;
import dev.marquee.model.checkin.FeedTicket;
import dev.marquee.model.checkin.OfflineScan;
import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The kiosk's own H2 file database: its pairing, the chosen list's rules, keys and tickets, who is inside, the feed
 * cursor, and every scan it made.
 *
 * <p>Each method is one transaction, committed before it returns; {@code WRITE_DELAY=0} makes H2 hand a commit to the
 * operating system at once, so a scan stored here survives the kiosk process being killed. Methods are synchronized
 * on the one connection.
 */
final class LocalCache implements AutoCloseable {

    /** Where a scan stands. */
    enum ScanState {
        /** Sent to the server for an online verdict; no answer yet. */
        SENT,
        /** Answered by the server. */
        ANSWERED,
        /** Decided offline; waiting for upload. */
        QUEUED,
        /** Decided offline and uploaded. */
        UPLOADED
    }

    /** A scan waiting to reach the server. */
    record PendingScan(long seq, UUID scanId, String token, Instant scannedAt, String gate, Direction direction, ScanState state,
            Verdict verdict, RejectReason reason) {

        OfflineScan toOffline() {
            return new OfflineScan(scanId, token, scannedAt, gate, direction, verdict, reason);
        }
    }

    private static final String[] SCHEMA = {
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

    private final Connection connection;

    private LocalCache(Connection connection) {
        this.connection = connection;
    }

    static LocalCache open(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("kiosk").toAbsolutePath() + ";WRITE_DELAY=0";
        try {
            Connection connection = DriverManager.getConnection(url, "kiosk", "");
            connection.setAutoCommit(false);
            LocalCache cache = new LocalCache(connection);
            cache.createSchema();
            return cache;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the kiosk's local database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private void createSchema() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
        connection.commit();
    }

    synchronized Optional<String> setting(String name) {
        return query(() -> {
            try (PreparedStatement select = connection.prepareStatement("select val from setting where name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    synchronized void putSettings(Map<String, String> values) {
        transaction(() -> {
            for (Map.Entry<String, String> entry : values.entrySet()) {
                putSetting(entry.getKey(), entry.getValue());
            }
        });
    }

    private void putSetting(String name, String value) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("merge into setting (name, val) key (name) values (?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, value);
            merge.executeUpdate();
        }
    }

    /** Forgets the list: its tickets, presence, keys, cursor; keeps the pairing and the scans. */
    synchronized void forgetList(Map<String, String> settings) {
        transaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from ticket");
                statement.executeUpdate("delete from presence");
                statement.executeUpdate("delete from event_key");
                statement.executeUpdate("delete from ticket_type");
            }
            for (Map.Entry<String, String> entry : settings.entrySet()) {
                putSetting(entry.getKey(), entry.getValue());
            }
        });
    }

    /** Wipes everything, scans included: what a revoked kiosk must do. */
    synchronized void wipe() {
        transaction(() -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("setting", "event_key", "ticket_type", "ticket", "presence", "scan")) {
                    statement.executeUpdate("delete from " + table);
                }
            }
        });
    }

    synchronized void replaceTicketTypes(Map<UUID, String> names) {
        transaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from ticket_type");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into ticket_type (id, name) values (?, ?)")) {
                for (Map.Entry<UUID, String> entry : names.entrySet()) {
                    insert.setObject(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    synchronized Map<UUID, String> ticketTypeNames() {
        return query(() -> {
            Map<UUID, String> names = new HashMap<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select id, name from ticket_type")) {
                while (rows.next()) {
                    names.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
            return names;
        });
    }

    synchronized List<String> publicKeys() {
        return query(() -> {
            List<String> keys = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select key_text from event_key order by pos")) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        });
    }

    /**
     * Applies one page of the change feed, with its cursor, in one transaction: a page is either all in or not at all.
     *
     * @param listJson the list's rules as JSON, kept with the page
     * @param syncedAt when the page arrived
     */
    synchronized void apply(ChangeFeed page, String listJson, Instant syncedAt) {
        transaction(() -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "merge into ticket (id, type_id, status, serial, holder, seq) key (id) values (?, ?, ?, ?, ?, ?)")) {
                for (FeedTicket ticket : page.tickets()) {
                    merge.setObject(1, ticket.id().value());
                    merge.setObject(2, ticket.ticketTypeId().value());
                    merge.setString(3, ticket.status());
                    merge.setInt(4, ticket.serial());
                    merge.setString(5, ticket.holderName());
                    merge.setLong(6, ticket.seq());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "merge into presence (ticket_id, inside, first_at, first_gate) key (ticket_id) values (?, ?, ?, ?)")) {
                for (FeedCheckIn checkIn : page.checkIns()) {
                    merge.setObject(1, checkIn.ticketId().value());
                    merge.setBoolean(2, checkIn.inside());
                    merge.setString(3, checkIn.firstAdmittedAt() == null ? null : checkIn.firstAdmittedAt().toString());
                    merge.setString(4, checkIn.firstGate());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            if (page.publicKeys() != null && !page.publicKeys().isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from event_key");
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into event_key (pos, key_text) values (?, ?)")) {
                    for (int i = 0; i < page.publicKeys().size(); i++) {
                        insert.setInt(1, i);
                        insert.setString(2, page.publicKeys().get(i));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            putSetting(KioskEngine.LIST, listJson);
            putSetting(KioskEngine.CURSOR, Long.toString(page.next()));
            putSetting(KioskEngine.SYNCED_AT, syncedAt.toString());
        });
    }

    synchronized CheckInRules.TicketState ticket(UUID id) {
        return query(() -> {
            try (PreparedStatement select = connection.prepareStatement("select type_id, status, serial, holder from ticket where id = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    return new CheckInRules.TicketState(id, rows.getObject(1, UUID.class), rows.getString(2), rows.getInt(3), rows.getString(4));
                }
            }
        });
    }

    synchronized CheckInRules.Presence presence(UUID ticketId) {
        return query(() -> {
            try (PreparedStatement select = connection.prepareStatement("select inside, first_at, first_gate from presence where ticket_id = ?")) {
                select.setObject(1, ticketId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    String firstAt = rows.getString(2);
                    return new CheckInRules.Presence(rows.getBoolean(1), firstAt == null ? null : Instant.parse(firstAt), rows.getString(3));
                }
            }
        });
    }

    /** Records a scan about to be sent for an online verdict. */
    synchronized void recordSent(UUID scanId, String token, Instant scannedAt, String gate, Direction direction) {
        transaction(() -> insertScan(scanId, token, scannedAt, gate, direction, ScanState.SENT, null, null, null));
    }

    /** Records the server's answer to a sent scan, and the presence it implies. */
    synchronized void recordAnswer(UUID scanId, Verdict verdict, RejectReason reason, UUID ticketId, Direction direction, Instant at,
            String gate) {
        transaction(() -> {
            updateScan(scanId, ScanState.ANSWERED, verdict, reason, ticketId);
            if (verdict == Verdict.ADMITTED && ticketId != null) {
                admit(ticketId, direction, at, gate);
            }
        });
    }

    /**
     * Records a verdict made offline, new or for a scan whose online answer never came, and the presence it implies.
     */
    synchronized void recordOffline(UUID scanId, String token, Instant scannedAt, String gate, Direction direction, Verdict verdict,
            RejectReason reason, UUID ticketId, boolean alreadySent) {
        transaction(() -> {
            if (alreadySent) {
                updateScan(scanId, ScanState.QUEUED, verdict, reason, ticketId);
            } else {
                insertScan(scanId, token, scannedAt, gate, direction, ScanState.QUEUED, verdict, reason, ticketId);
            }
            if (verdict == Verdict.ADMITTED && ticketId != null) {
                admit(ticketId, direction, scannedAt, gate);
            }
        });
    }

    /** A live check-in from another gate. */
    synchronized void applyCheckIn(UUID ticketId, boolean inside, Instant at, String gate) {
        transaction(() -> {
            CheckInRules.Presence known = presenceInTransaction(ticketId);
            boolean first = known == null || known.firstAdmittedAt() == null;
            writePresence(ticketId, inside, first && inside ? at : known == null ? null : known.firstAdmittedAt(),
                    first && inside ? gate : known == null ? null : known.firstGate());
        });
    }

    private void admit(UUID ticketId, Direction direction, Instant at, String gate) throws SQLException {
        CheckInRules.Presence known = presenceInTransaction(ticketId);
        if (direction == Direction.EXIT) {
            writePresence(ticketId, false, known == null ? null : known.firstAdmittedAt(), known == null ? null : known.firstGate());
        } else if (known == null || known.firstAdmittedAt() == null) {
            writePresence(ticketId, true, at, gate);
        } else {
            writePresence(ticketId, true, known.firstAdmittedAt(), known.firstGate());
        }
    }

    private CheckInRules.Presence presenceInTransaction(UUID ticketId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select inside, first_at, first_gate from presence where ticket_id = ?")) {
            select.setObject(1, ticketId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                String firstAt = rows.getString(2);
                return new CheckInRules.Presence(rows.getBoolean(1), firstAt == null ? null : Instant.parse(firstAt), rows.getString(3));
            }
        }
    }

    private void writePresence(UUID ticketId, boolean inside, Instant firstAt, String gate) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "merge into presence (ticket_id, inside, first_at, first_gate) key (ticket_id) values (?, ?, ?, ?)")) {
            merge.setObject(1, ticketId);
            merge.setBoolean(2, inside);
            merge.setString(3, firstAt == null ? null : firstAt.toString());
            merge.setString(4, gate);
            merge.executeUpdate();
        }
    }

    private void insertScan(UUID scanId, String token, Instant scannedAt, String gate, Direction direction, ScanState state, Verdict verdict,
            RejectReason reason, UUID ticketId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into scan (scan_id, token, scanned_at, gate, direction, state, verdict,"
                + " reason, ticket_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, scanId);
            insert.setString(2, token);
            insert.setString(3, scannedAt.toString());
            insert.setString(4, gate);
            insert.setString(5, direction.name());
            insert.setString(6, state.name());
            insert.setString(7, verdict == null ? null : verdict.name());
            insert.setString(8, reason == null ? null : reason.name());
            insert.setObject(9, ticketId);
            insert.executeUpdate();
        }
    }

    private void updateScan(UUID scanId, ScanState state, Verdict verdict, RejectReason reason, UUID ticketId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update scan set state = ?, verdict = ?, reason = ?, ticket_id = coalesce(?, ticket_id) where scan_id = ?")) {
            update.setString(1, state.name());
            update.setString(2, verdict == null ? null : verdict.name());
            update.setString(3, reason == null ? null : reason.name());
            update.setObject(4, ticketId);
            update.setObject(5, scanId);
            update.executeUpdate();
        }
    }

    /** The oldest scans in one state, oldest first. */
    synchronized List<PendingScan> scans(ScanState state, int limit) {
        return query(() -> {
            List<PendingScan> scans = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select seq, scan_id, token, scanned_at, gate, direction, verdict, reason"
                    + " from scan where state = ? order by seq limit ?")) {
                select.setString(1, state.name());
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String verdict = rows.getString(7);
                        String reason = rows.getString(8);
                        scans.add(new PendingScan(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3), Instant.parse(rows.getString(4)),
                                rows.getString(5), Direction.valueOf(rows.getString(6)), state, verdict == null ? null : Verdict.valueOf(verdict),
                                reason == null ? null : RejectReason.valueOf(reason)));
                    }
                }
            }
            return scans;
        });
    }

    /** Marks uploaded scans, all at once. */
    synchronized void markUploaded(List<PendingScan> scans) {
        transaction(() -> {
            try (PreparedStatement update = connection.prepareStatement("update scan set state = ? where scan_id = ?")) {
                for (PendingScan scan : scans) {
                    update.setString(1, ScanState.UPLOADED.name());
                    update.setObject(2, scan.scanId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    synchronized int countScans(Set<ScanState> states) {
        return query(() -> {
            int count = 0;
            for (ScanState state : states) {
                try (PreparedStatement select = connection.prepareStatement("select count(*) from scan where state = ?")) {
                    select.setString(1, state.name());
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        count += rows.getInt(1);
                    }
                }
            }
            return count;
        });
    }

    /** Valid tickets of the given types: who is expected. */
    synchronized int expected(Set<UUID> ticketTypes) {
        return query(() -> {
            int count = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select type_id, count(*) from ticket where status = 'VALID' group by type_id")) {
                while (rows.next()) {
                    if (ticketTypes.contains(rows.getObject(1, UUID.class))) {
                        count += rows.getInt(2);
                    }
                }
            }
            return count;
        });
    }

    /** Tickets admitted at least once. */
    synchronized int admitted() {
        return query(() -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from presence where first_at is not null")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the kiosk's local database failed", e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private interface Change {
        void run() throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("The kiosk's local database failed: " + e.getMessage(), e);
        }
    }

    private void transaction(Change change) {
        try {
            change.run();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("The kiosk's local database failed: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what matters.
        }
    }
}
