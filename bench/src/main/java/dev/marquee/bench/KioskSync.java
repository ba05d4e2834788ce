package dev.marquee.bench;

import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.ticket.EventKeys;
import dev.marquee.model.ticket.TicketToken;
import dev.marquee.model.ticket.TicketTokenCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A kiosk's view of a big event: the first sync of every ticket, a delta after changes, and the time from scan to
 * verdict when deciding offline from a local H2 cache. The tickets are written straight into the check-in
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

        long t0 = System.nanoTime();
        long cursor = 0;
        long bytes = 0;
        int pages = 0;
        List<JsonNode> synced = new ArrayList<>();
        List<PublicKey> keys = List.of();
        boolean more = true;
        while (more) {
            Http.Answer page = http.get("/api/v1/checkin/lists/" + list + "/changes?after=" + cursor + "&limit=10000", kiosk, true);
            Stage.ok(page, 200);
            bytes += page.wireBytes();
            pages++;
            page.body().path("tickets").forEach(synced::add);
            keys = page.body().path("publicKeys").valueStream().map(key -> EventKeys.decodePublic(key.asString())).toList();
            cursor = page.body().path("next").asLong();
            more = page.body().path("hasMore").asBoolean();
        }
        double firstSync = (System.nanoTime() - t0) / 1e9;
        if (synced.size() != tickets) {
            throw new IllegalStateException("First sync saw " + synced.size() + " of " + tickets + " tickets");
        }

        change(dataSource, event, ids.subList(0, deltaChanges));
        long t1 = System.nanoTime();
        Http.Answer delta = Stage.ok(http.get("/api/v1/checkin/lists/" + list + "/changes?after=" + cursor + "&limit=10000", kiosk, true), 200);
        double deltaSeconds = (System.nanoTime() - t1) / 1e9;
        if (delta.body().path("tickets").size() != deltaChanges) {
            throw new IllegalStateException("Delta sync saw " + delta.body().path("tickets").size() + " of " + deltaChanges + " changes");
        }

        Latencies verdicts = new Latencies();
        int[] outcome = offlineVerdicts(event, synced, ids, signingKey, keys, offlineScans, verdicts);
        return new Result(tickets, firstSync, bytes, pages, deltaChanges, deltaSeconds, delta.wireBytes(), offlineScans, verdicts, outcome[0],
                outcome[1]);
    }

    /**
     * Decides scans as an offline kiosk does: verify the signature, read the ticket and its presence from a local H2
     * file, apply the shared rules, and commit the scan (and any admission) before the verdict counts as shown.
     */
    private static int[] offlineVerdicts(Stage.Event event, List<JsonNode> synced, List<UUID> ids, PrivateKey signingKey, List<PublicKey> keys,
            int scans, Latencies latency) throws Exception {
        Path dir = Files.createTempDirectory("marquee-kiosk-bench");
        try (Connection local = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("cache") + ";WRITE_DELAY=0", "sa", "")) {
            try (Statement ddl = local.createStatement()) {
                ddl.execute("create table ticket (id uuid primary key, type_id uuid, status varchar(16), serial int, holder varchar(120))");
                ddl.execute("create table presence (ticket_id uuid primary key, inside boolean, at timestamp with time zone, gate varchar(80))");
                ddl.execute("create table scan (scan_id uuid primary key, token varchar(400), at timestamp with time zone, verdict varchar(16),"
                        + " reason varchar(24), uploaded boolean)");
            }
            local.setAutoCommit(false);
            try (PreparedStatement insert = local.prepareStatement("insert into ticket values (?, ?, ?, ?, ?)")) {
                for (JsonNode ticket : synced) {
                    insert.setObject(1, UUID.fromString(ticket.path("id").asString()));
                    insert.setObject(2, UUID.fromString(ticket.path("ticketTypeId").asString()));
                    insert.setString(3, ticket.path("status").asString());
                    insert.setInt(4, ticket.path("serial").asInt());
                    insert.setString(5, ticket.path("holderName").asString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            local.commit();
            UUID eventId = UUID.fromString(event.eventId());
            UUID typeId = UUID.fromString(event.ticketTypeId());
            CheckInRules.ListRules rules = new CheckInRules.ListRules(eventId, java.util.Set.of(typeId), null, null, false, false);
            List<String> tokens = new ArrayList<>(scans);
            for (int i = 0; i < scans; i++) {
                UUID ticket = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                tokens.add(TicketTokenCodec.encode(new TicketToken(ticket, eventId, typeId, 1, null, null), signingKey));
            }
            int admitted = 0;
            int rejected = 0;
            try (PreparedStatement findTicket = local.prepareStatement("select type_id, status, serial, holder from ticket where id = ?");
                    PreparedStatement findPresence = local.prepareStatement("select inside, at, gate from presence where ticket_id = ?");
                    PreparedStatement admit = local.prepareStatement("insert into presence values (?, true, ?, 'Bench')");
                    PreparedStatement record = local.prepareStatement("insert into scan values (?, ?, ?, ?, ?, false)")) {
                for (String token : tokens) {
                    long t0 = System.nanoTime();
                    Instant now = Instant.now();
                    CheckInRules.Decision decision = CheckInRules.decide(TicketTokenCodec.verify(token, event1 -> keys), rules,
                            id -> ticket(findTicket, id), id -> presence(findPresence, id), Direction.ENTRY, now);
                    boolean admit1 = decision instanceof CheckInRules.Decision.Admit;
                    if (admit1) {
                        admit.setObject(1, ((CheckInRules.Decision.Admit) decision).ticket().ticketId());
                        admit.setObject(2, now.atOffset(java.time.ZoneOffset.UTC));
                        admit.executeUpdate();
                        admitted++;
                    } else {
                        rejected++;
                    }
                    record.setObject(1, UUID.randomUUID());
                    record.setString(2, token);
                    record.setObject(3, now.atOffset(java.time.ZoneOffset.UTC));
                    record.setString(4, admit1 ? "ADMITTED" : "REJECTED");
                    record.setString(5, admit1 ? null : ((CheckInRules.Decision.Reject) decision).reason().name());
                    record.executeUpdate();
                    local.commit();
                    latency.add(System.nanoTime() - t0);
                }
            }
            return new int[] {admitted, rejected};
        }
    }

    private static CheckInRules.TicketState ticket(PreparedStatement find, UUID id) {
        try {
            find.setObject(1, id);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? new CheckInRules.TicketState(id, rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4))
                        : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CheckInRules.Presence presence(PreparedStatement find, UUID id) {
        try {
            find.setObject(1, id);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? new CheckInRules.Presence(rs.getBoolean(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(3)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
