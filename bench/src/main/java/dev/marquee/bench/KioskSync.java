package dev.marquee.bench;

import dev.marquee.client.MarqueeClient;
import dev.marquee.kiosk.engine.KioskEngine;
import dev.marquee.kiosk.engine.KioskOptions;
import dev.marquee.kiosk.engine.ScanOutcome;
import dev.marquee.model.EventId;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.ticket.EventKeys;
import dev.marquee.model.ticket.TicketToken;
import dev.marquee.model.ticket.TicketTokenCodec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kiosk's view of a big event, measured with the kiosk's own engine: the first sync of every ticket, a delta
 * after changes, and the time from scan to verdict when deciding offline from the local cache. The tickets are written straight into the check-in
 * projection, as a sale of that size through the API would take far longer than the sync being measured.
 */
final class KioskSync {

    /** What the kiosk measurements found. */
    record Result(int tickets, double firstSyncSeconds, long firstSyncBytes, int pages, int deltaChanges, double deltaSyncSeconds,
            long deltaBytes, int offlineScans, Latencies offlineVerdict, int offlineAdmitted, int offlineRejected) {
    }

    static Result run(Http http, Stage stage, DataSource dataSource, int tickets, int deltaChanges, int offlineScans) throws Exception {
        Stage.Event event = stage.event(tickets, 10);
        String list = Stage.ok(http.post("/api/v1/events/" + event.eventId() + "/checkin-lists", stage.admin(),
                Map.of("name", "Main", "ticketTypeIds", List.of(event.ticketTypeId()), "allowExit", false, "allowReentry", false)), 201)
                .text("id");
        String code = Stage.ok(http.post("/api/v1/devices/pairing-codes", stage.admin(),
                Map.of("organizerId", event.organizerId(), "deviceName", "Bench sync kiosk")), 201).text("code");
        String kiosk = Stage.ok(http.post("/api/v1/devices/pair", null, Map.of("code", code)), 201).text("token");

        JdbcClient jdbc = JdbcClient.create(dataSource);
        PrivateKey signingKey = awaitSigningKey(jdbc, event.eventId());
        List<UUID> ids = seed(dataSource, event, tickets);

        // What travels: the feed pages as a kiosk fetches them, gzip-compressed.
        long bytes = 0;
        int pages = 0;
        long cursor = 0;
        boolean more = true;
        while (more) {
            Http.Answer page = Stage.ok(http.get("/api/v1/checkin/lists/" + list + "/changes?after=" + cursor + "&limit=10000", kiosk, true), 200);
            bytes += page.wireBytes();
            pages++;
            cursor = page.body().path("next").asLong();
            more = page.body().path("hasMore").asBoolean();
        }
        // How long: the kiosk engine's own first sync, paging the feed into its local H2 file.
        Path dataDir = Files.createTempDirectory("marquee-kiosk-bench");
        double firstSync;
        double deltaSeconds;
        try (KioskEngine engine = KioskEngine.open(dataDir, MarqueeClient.builder(URI.create(http.base()))
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(30)).maxRetries(0).build(),
                KioskOptions.gate("Bench").withLive(false))) {
            String pairingCode = Stage.ok(http.post("/api/v1/devices/pairing-codes", stage.admin(),
                    Map.of("organizerId", event.organizerId(), "deviceName", "Bench engine kiosk")), 201).text("code");
            engine.pair(pairingCode);
            CheckInListView chosen = engine.lists(new EventId(UUID.fromString(event.eventId()))).getFirst();
            engine.chooseList(chosen, "Bench");
            long t0 = System.nanoTime();
            int synced = engine.sync();
            firstSync = (System.nanoTime() - t0) / 1e9;
            if (synced < tickets) {
                throw new IllegalStateException("First sync saw " + synced + " of " + tickets + " tickets");
            }
            change(dataSource, event, ids.subList(0, deltaChanges));
            long t1 = System.nanoTime();
            engine.sync();
            deltaSeconds = (System.nanoTime() - t1) / 1e9;
        }
        Http.Answer delta = Stage.ok(http.get("/api/v1/checkin/lists/" + list + "/changes?after=" + cursor + "&limit=10000", kiosk, true), 200);
        if (delta.body().path("tickets").size() != deltaChanges) {
            throw new IllegalStateException("Delta sync saw " + delta.body().path("tickets").size() + " of " + deltaChanges + " changes");
        }

        Latencies verdicts = new Latencies();
        int[] outcome = offlineVerdicts(dataDir, event, ids, signingKey, offlineScans, verdicts);
        return new Result(tickets, firstSync, bytes, pages, deltaChanges, deltaSeconds, delta.wireBytes(), offlineScans, verdicts, outcome[0],
                outcome[1]);
    }

    /**
     * Decides scans with the kiosk's own engine while the server is out of reach: signature check, local H2
     * lookups, the shared rules, and the scan committed to disk before the verdict is returned.
     */
    private static int[] offlineVerdicts(Path dataDir, Stage.Event event, List<UUID> ids, PrivateKey signingKey, int scans,
            Latencies latency) {
        UUID eventId = UUID.fromString(event.eventId());
        UUID typeId = UUID.fromString(event.ticketTypeId());
        List<String> tokens = new ArrayList<>(scans);
        for (int i = 0; i < scans; i++) {
            UUID ticket = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            tokens.add(TicketTokenCodec.encode(new TicketToken(ticket, eventId, typeId, 1, null, null), signingKey));
        }
        int admitted = 0;
        int rejected = 0;
        // Nothing listens on port 1: the kiosk finds the server gone on its first scan and decides the rest offline.
        try (KioskEngine offline = KioskEngine.open(dataDir, KioskEngine.clientFor(URI.create("http://127.0.0.1:1")), KioskOptions.gate("Bench")
                .withLive(false))) {
            offline.scan(tokens.getFirst(), Instant.now());
            for (String token : tokens.subList(1, tokens.size())) {
                long t0 = System.nanoTime();
                ScanOutcome outcome = offline.scan(token, Instant.now());
                latency.add(System.nanoTime() - t0);
                if (!outcome.offline()) {
                    throw new IllegalStateException("The kiosk decided a scan online although the server was out of reach");
                }
                if (outcome.admitted()) {
                    admitted++;
                } else {
                    rejected++;
                }
            }
        }
        return new int[] {admitted, rejected};
    }

    private static PrivateKey awaitSigningKey(JdbcClient jdbc, String event) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            var key = jdbc.sql("select private_key from event_signing_key where event_id = cast(:event as uuid)").param("event", event)
                    .query(String.class).optional();
            if (key.isPresent()) {
                return EventKeys.decodePrivate(key.get());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The event's signing key did not appear");
    }

    private static List<UUID> seed(DataSource dataSource, Stage.Event event, int tickets) throws SQLException {
        List<UUID> ids = new ArrayList<>(tickets);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into checkin_ticket (ticket_id, event_id, ticket_type_id, order_id, serial, status, paid, holder_name, seq)
                    values (?, ?, ?, ?, 1, 'VALID', true, ?, ?)""")) {
                for (int i = 1; i <= tickets; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    insert.setObject(1, id);
                    insert.setObject(2, UUID.fromString(event.eventId()));
                    insert.setObject(3, UUID.fromString(event.ticketTypeId()));
                    insert.setObject(4, UUID.randomUUID());
                    insert.setString(5, "Guest " + i);
                    insert.setLong(6, i);
                    insert.addBatch();
                    if (i % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement counter = connection.prepareStatement("insert into checkin_counter (event_id, seq) values (?, ?)")) {
                counter.setObject(1, UUID.fromString(event.eventId()));
                counter.setLong(2, tickets);
                counter.executeUpdate();
            }
            connection.commit();
        }
        return ids;
    }

    /** Revokes some tickets the way the projection would: new change numbers from the event's counter. */
    private static void change(DataSource dataSource, Stage.Event event, List<UUID> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long base;
            try (PreparedStatement bump = connection.prepareStatement("update checkin_counter set seq = seq + ? where event_id = ?")) {
                bump.setLong(1, ids.size());
                bump.setObject(2, UUID.fromString(event.eventId()));
                bump.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("select seq from checkin_counter where event_id = ?")) {
                read.setObject(1, UUID.fromString(event.eventId()));
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    base = rs.getLong(1) - ids.size();
                }
            }
            try (PreparedStatement revoke = connection.prepareStatement("update checkin_ticket set status = 'REVOKED', seq = ? where ticket_id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    revoke.setLong(1, base + i + 1);
                    revoke.setObject(2, ids.get(i));
                    revoke.addBatch();
                }
                revoke.executeBatch();
            }
            connection.commit();
        }
    }

    private KioskSync() {
    }
}
