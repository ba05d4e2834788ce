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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kiosk's own H2 file database: its pairing, the chosen list's rules, keys and tickets, who is inside, the feed
 * cursor, and every scan it made.
 *
 * <p>Each method is one transaction, committed before it returns; {@code WRITE_DELAY=0} makes H2 hand a commit to the
 * operating system at once, so a scan stored here survives the kiosk process being killed. Methods are synchronized
 * on the one connection, kept open for the cache's life since opening an H2 file costs more than a scan.
 *
 * <p>The schema comes from the kiosk's own Flyway migrations in {@code kiosk/db/migration}. A cache file written before
 * it had them holds exactly the schema of V1 and no history, so such a file is baselined at V1 rather than migrated.
 * The cache reads no clock: every time it stores is handed in by its caller.
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

    private static final String MIGRATIONS = "classpath:kiosk/db/migration";
    private static final String PRESENCE = "select inside, first_at, first_gate from presence where ticket_id = ?";
    private static final String MERGE_PRESENCE = "merge into presence (ticket_id, inside, first_at, first_gate) key (ticket_id) values (?, ?, ?, ?)";

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;
    /** For the batches of a feed page, which {@link JdbcClient} does not do. */
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;

    private LocalCache(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.batches = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(batches);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    static LocalCache open(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("kiosk").toAbsolutePath() + ";WRITE_DELAY=0";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "kiosk", "", true);
        // Every statement runs in a transaction anyway; off from the start, the transaction manager need not switch it per call.
        dataSource.setAutoCommit(false);
        try {
            migrate(url);
            return new LocalCache(dataSource);
        } catch (RuntimeException e) {
            dataSource.destroy();
            throw new IllegalStateException("Cannot open the kiosk's local database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Flyway gets connections of its own, since it may want two at once where the cache has one. */
    private static void migrate(String url) {
        JdbcDataSource migrations = new JdbcDataSource();
        migrations.setURL(url);
        migrations.setUser("kiosk");
        migrations.setPassword("");
        Flyway.configure().dataSource(migrations).locations(MIGRATIONS).baselineOnMigrate(true).baselineVersion("1").load().migrate();
    }

    synchronized Optional<String> setting(String name) {
        return read(() -> {
            List<String> values = jdbc.sql("select val from setting where name = ?").param(name).query(String.class).list();
            return values.isEmpty() ? Optional.<String>empty() : Optional.ofNullable(values.getFirst());
        });
    }

    synchronized void putSettings(Map<String, String> values) {
        write(() -> values.forEach(this::putSetting));
    }

    private void putSetting(String name, String value) {
        jdbc.sql("merge into setting (name, val) key (name) values (?, ?)").params(name, value).update();
    }

    /** Forgets the list: its tickets, presence, keys, cursor; keeps the pairing and the scans. */
    synchronized void forgetList(Map<String, String> settings) {
        write(() -> {
            for (String table : List.of("ticket", "presence", "event_key", "ticket_type")) {
                jdbc.sql("delete from " + table).update();
            }
            settings.forEach(this::putSetting);
        });
    }

    /** Wipes everything, scans included: what a revoked kiosk must do. */
    synchronized void wipe() {
        write(() -> {
            for (String table : List.of("setting", "event_key", "ticket_type", "ticket", "presence", "scan")) {
                jdbc.sql("delete from " + table).update();
            }
        });
    }

    synchronized void replaceTicketTypes(Map<UUID, String> names) {
        write(() -> {
            jdbc.sql("delete from ticket_type").update();
            batches.batchUpdate("insert into ticket_type (id, name) values (?, ?)",
                    names.entrySet().stream().map(entry -> new Object[] {entry.getKey(), entry.getValue()}).toList());
        });
    }

    synchronized Map<UUID, String> ticketTypeNames() {
        return read(() -> {
            Map<UUID, String> names = new HashMap<>();
            jdbc.sql("select id, name from ticket_type").query(rows -> {
                names.put(rows.getObject(1, UUID.class), rows.getString(2));
            });
            return names;
        });
    }

    synchronized List<String> publicKeys() {
        return read(() -> jdbc.sql("select key_text from event_key order by pos").query(String.class).list());
    }

    /**
     * Applies one page of the change feed, with its cursor, in one transaction: a page is either all in or not at all.
     *
     * @param listJson the list's rules as JSON, kept with the page
     * @param syncedAt when the page arrived
     */
    synchronized void apply(ChangeFeed page, String listJson, Instant syncedAt) {
        write(() -> {
            batches.batchUpdate("merge into ticket (id, type_id, status, serial, holder, seq) key (id) values (?, ?, ?, ?, ?, ?)",
                    page.tickets().stream().map(LocalCache::ticketRow).toList());
            batches.batchUpdate(MERGE_PRESENCE, page.checkIns().stream().map(LocalCache::presenceRow).toList());
            if (page.publicKeys() != null && !page.publicKeys().isEmpty()) {
                jdbc.sql("delete from event_key").update();
                List<String> keys = page.publicKeys();
                batches.batchUpdate("insert into event_key (pos, key_text) values (?, ?)",
                        IntStream.range(0, keys.size()).mapToObj(i -> new Object[] {i, keys.get(i)}).toList());
            }
            putSetting(KioskEngine.LIST, listJson);
            putSetting(KioskEngine.CURSOR, Long.toString(page.next()));
            putSetting(KioskEngine.SYNCED_AT, syncedAt.toString());
        });
    }

    private static Object[] ticketRow(FeedTicket ticket) {
        return new Object[] {ticket.id().value(), ticket.ticketTypeId().value(), ticket.status(), ticket.serial(), ticket.holderName(),
            ticket.seq()};
    }

    private static Object[] presenceRow(FeedCheckIn checkIn) {
        return new Object[] {checkIn.ticketId().value(), checkIn.inside(), text(checkIn.firstAdmittedAt()), checkIn.firstGate()};
    }

    synchronized CheckInRules.TicketState ticket(UUID id) {
        return read(() -> jdbc.sql("select type_id, status, serial, holder from ticket where id = ?").param(id)
                .query((rows, n) -> new CheckInRules.TicketState(id, rows.getObject(1, UUID.class), rows.getString(2), rows.getInt(3),
                        rows.getString(4)))
                .optional().orElse(null));
    }

    synchronized CheckInRules.Presence presence(UUID ticketId) {
        return read(() -> presenceInTransaction(ticketId));
    }

    /** Records a scan about to be sent for an online verdict. */
    synchronized void recordSent(UUID scanId, String token, Instant scannedAt, String gate, Direction direction) {
        write(() -> insertScan(scanId, token, scannedAt, gate, direction, ScanState.SENT, null, null, null));
    }

    /** Records the server's answer to a sent scan, and the presence it implies. */
    synchronized void recordAnswer(UUID scanId, Verdict verdict, RejectReason reason, UUID ticketId, Direction direction, Instant at,
            String gate) {
        write(() -> {
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
        write(() -> {
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
        write(() -> {
            CheckInRules.Presence known = presenceInTransaction(ticketId);
            boolean first = known == null || known.firstAdmittedAt() == null;
            writePresence(ticketId, inside, first && inside ? at : known == null ? null : known.firstAdmittedAt(),
                    first && inside ? gate : known == null ? null : known.firstGate());
        });
    }

    private void admit(UUID ticketId, Direction direction, Instant at, String gate) {
        CheckInRules.Presence known = presenceInTransaction(ticketId);
        if (direction == Direction.EXIT) {
            writePresence(ticketId, false, known == null ? null : known.firstAdmittedAt(), known == null ? null : known.firstGate());
        } else if (known == null || known.firstAdmittedAt() == null) {
            writePresence(ticketId, true, at, gate);
        } else {
            writePresence(ticketId, true, known.firstAdmittedAt(), known.firstGate());
        }
    }

    private CheckInRules.Presence presenceInTransaction(UUID ticketId) {
        return jdbc.sql(PRESENCE).param(ticketId).query(LocalCache::presence).optional().orElse(null);
    }

    private static CheckInRules.Presence presence(ResultSet rows, int n) throws SQLException {
        String firstAt = rows.getString(2);
        return new CheckInRules.Presence(rows.getBoolean(1), firstAt == null ? null : Instant.parse(firstAt), rows.getString(3));
    }

    private void writePresence(UUID ticketId, boolean inside, Instant firstAt, String gate) {
        jdbc.sql(MERGE_PRESENCE).params(ticketId, inside, text(firstAt), gate).update();
    }

    private void insertScan(UUID scanId, String token, Instant scannedAt, String gate, Direction direction, ScanState state, Verdict verdict,
            RejectReason reason, UUID ticketId) {
        jdbc.sql("insert into scan (scan_id, token, scanned_at, gate, direction, state, verdict, reason, ticket_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(scanId, token, scannedAt.toString(), gate, direction.name(), state.name(), name(verdict), name(reason), ticketId)
                .update();
    }

    private void updateScan(UUID scanId, ScanState state, Verdict verdict, RejectReason reason, UUID ticketId) {
        jdbc.sql("update scan set state = ?, verdict = ?, reason = ?, ticket_id = coalesce(?, ticket_id) where scan_id = ?")
                .params(state.name(), name(verdict), name(reason), ticketId, scanId)
                .update();
    }

    /** The oldest scans in one state, oldest first. */
    synchronized List<PendingScan> scans(ScanState state, int limit) {
        return read(() -> jdbc.sql("select seq, scan_id, token, scanned_at, gate, direction, verdict, reason from scan where state = ?"
                + " order by seq limit ?")
                .params(state.name(), limit)
                .query((rows, n) -> {
                    String verdict = rows.getString(7);
                    String reason = rows.getString(8);
                    return new PendingScan(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3), Instant.parse(rows.getString(4)),
                            rows.getString(5), Direction.valueOf(rows.getString(6)), state, verdict == null ? null : Verdict.valueOf(verdict),
                            reason == null ? null : RejectReason.valueOf(reason));
                })
                .list());
    }

    /** Marks uploaded scans, all at once. */
    synchronized void markUploaded(List<PendingScan> scans) {
        write(() -> batches.batchUpdate("update scan set state = ? where scan_id = ?",
                scans.stream().map(scan -> new Object[] {ScanState.UPLOADED.name(), scan.scanId()}).toList()));
    }

    synchronized int countScans(Set<ScanState> states) {
        return read(() -> states.stream()
                .mapToInt(state -> jdbc.sql("select count(*) from scan where state = ?").param(state.name()).query(Integer.class).single())
                .sum());
    }

    /** Valid tickets of the given types: who is expected. */
    synchronized int expected(Set<UUID> ticketTypes) {
        return read(() -> {
            Map<UUID, Integer> valid = new HashMap<>();
            jdbc.sql("select type_id, count(*) from ticket where status = 'VALID' group by type_id")
                    .query(rows -> {
                        valid.put(rows.getObject(1, UUID.class), rows.getInt(2));
                    });
            return ticketTypes.stream().mapToInt(type -> valid.getOrDefault(type, 0)).sum();
        });
    }

    /** Tickets admitted at least once. */
    synchronized int admitted() {
        return read(() -> jdbc.sql("select count(*) from presence where first_at is not null").query(Integer.class).single());
    }

    @Override
    public synchronized void close() {
        dataSource.destroy();
    }

    private <T> T read(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private void write(Runnable change) {
        transactions.executeWithoutResult(status -> change.run());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
