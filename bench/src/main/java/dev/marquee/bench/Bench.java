package dev.marquee.bench;

import dev.marquee.testing.ServerUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Marquee load generator. Starts a server itself (embedded PostgreSQL by default, or H2), runs the on-sale
 * storm at each client count with its raw-JDBC baseline, the redeem storm, and the kiosk sync and offline
 * verdict measurements, then prints a table and writes a JSON report.
 *
 * <pre>
 * --db=postgres|h2      database of the server started here (default postgres)
 * --capacity=5000       tickets of the hot ticket type in each storm
 * --clients=100,1000    concurrent buyers, one storm each
 * --redeem-tickets=3000 tickets scanned in the redeem storm
 * --kiosks=50           concurrent kiosks in the redeem storm
 * --sync-tickets=100000 tickets in the kiosk sync event
 * --offline-scans=100000 scans decided offline from the local cache
 * --warmup=5000        orders sold before the storms, unmeasured, so that the first storm does not pay for the JIT
 * --baseline-orders=20000 orders the raw-JDBC baseline sells in each of its runs: more than a storm, since it is
 *                       over in seconds and a short run's rate swings with every checkpoint
 * --pool=40            connections in the server's pool (the baseline shares the pool)
 * --stages=sale,redeem,sync which measurements to run (default all three)
 * --out=bench-report.json
 * </pre>
 */
public final class Bench {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    /** What the report must say about the server it measured: not the limits a public deployment runs with. */
    static final String LIFTED_LIMITS = "public rate limit and login throttle lifted, hold cap per client address off "
            + "(marquee.sales.public-hold-cap-per-address=0): all load comes from one address";

    private static final Logger log = LoggerFactory.getLogger(Bench.class);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("db", "postgres", "capacity", "5000", "clients", "100,1000",
                "redeem-tickets", "3000", "kiosks", "50", "sync-tickets", "100000", "offline-scans", "100000", "out", "bench-report.json"));
        options.putAll(Map.of("stages", "sale,redeem,sync", "pool", "40", "warmup", "5000", "baseline-orders", "20000"));
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.startsWith("--") && part.contains("=")) {
                    options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                }
            }
        }
        List<String> stages = Arrays.stream(options.get("stages").split(",")).map(String::trim).toList();
        int capacity = Integer.parseInt(options.get("capacity"));
        List<Integer> clientCounts = Arrays.stream(options.get("clients").split(",")).map(String::trim).map(Integer::parseInt).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", LocalDate.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.version());
        report.put("database", options.get("db"));
        report.put("serverLimits", LIFTED_LIMITS);
        report.put("connectionPool", Integer.parseInt(options.get("pool")));
        List<String[]> rows = new ArrayList<>();

        try (ServerUnderTest server = startServer(options.get("db"), Integer.parseInt(options.get("pool")))) {
            Http http = new Http(server.url().toString());
            Stage stage = new Stage(http);
            List<Map<String, Object>> storms = new ArrayList<>();
            int warmup = Integer.parseInt(options.get("warmup"));
            if (warmup > 0) {
                log.warn("Warm-up: {} orders, 50 clients, not measured", warmup);
                OnSaleStorm.run(http, stage, server.dataSource(), warmup, 50);
            }
            report.put("warmupOrders", warmup);
            for (int clients : stages.contains("sale") ? clientCounts : List.<Integer>of()) {
                log.warn("On-sale storm: {} tickets, {} clients", capacity, clients);
                OnSaleStorm.Result storm = OnSaleStorm.run(http, stage, server.dataSource(), capacity, clients);
                Baseline.Result baseline = Baseline.run(server.dataSource(), Integer.parseInt(options.get("baseline-orders")), clients);
                double ratio = storm.ordersPerSecond() / baseline.ordersPerSecond();
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("clients", clients);
                entry.put("capacity", capacity);
                entry.put("confirmed", storm.confirmed());
                entry.put("refused", storm.refused());
                entry.put("errors", storm.errors());
                entry.put("seconds", round(storm.seconds()));
                entry.put("ordersPerSecond", round(storm.ordersPerSecond()));
                entry.put("hold", percentiles(storm.hold()));
                entry.put("checkout", percentiles(storm.checkout()));
                entry.put("soldInDatabase", storm.soldInDatabase());
                entry.put("baselineOrdersPerSecond", round(baseline.ordersPerSecond()));
                entry.put("ratioToBaseline", round(ratio));
                entry.put("cost", cost(storm.cost()));
                entry.put("baselineCost", cost(baseline.cost()));
                storms.add(entry);
                rows.add(row("on-sale storm, " + clients + " clients", round(storm.ordersPerSecond()) + " orders/s",
                        "hold " + pct(storm.hold()) + "; checkout " + pct(storm.checkout()),
                        storm.confirmed() + " sold, " + storm.refused() + " refused, " + storm.errors() + " errors; database: "
                                + storm.soldInDatabase() + (storm.soldInDatabase() == capacity ? " = capacity" : " != capacity " + capacity)));
                rows.add(row("  JDBC baseline, " + clients + " clients", round(baseline.ordersPerSecond()) + " orders/s",
                        pct(baseline.latency()), "application at " + Math.round(ratio * 100) + " % of baseline"));
                rows.add(row("  cost per order, " + clients + " clients", "", "", costText(storm.cost()) + "; baseline " + costText(baseline.cost())));
            }
            report.put("onSaleStorms", storms);

            if (stages.contains("redeem")) {
                redeem(http, stage, server, options, report, rows);
            }
            if (stages.contains("sync")) {
                sync(http, stage, server, options, report, rows);
            }
        }

        print(rows);
        log.warn("Server limits: {}", LIFTED_LIMITS);
        Path out = Path.of(options.get("out"));
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        log.warn("Report written to {}", out.toAbsolutePath());
    }

    private static void redeem(Http http, Stage stage, ServerUnderTest server, Map<String, String> options, Map<String, Object> report,
            List<String[]> rows) throws Exception {
        log.warn("Redeem storm");
        RedeemStorm.Result redeem = RedeemStorm.run(http, stage, server.dataSource(), Integer.parseInt(options.get("redeem-tickets")),
                Integer.parseInt(options.get("kiosks")));
        report.put("redeemStorm", Map.of("kiosks", redeem.kiosks(), "tickets", redeem.tickets(), "scans", redeem.scans(),
                "admitted", redeem.admitted(), "alreadyAdmitted", redeem.alreadyAdmitted(), "other", redeem.other(),
                "redeemsPerSecond", round(redeem.redeemsPerSecond()), "latency", percentiles(redeem.latency()),
                "admittedOnServer", redeem.admittedOnServer(), "cost", cost(redeem.cost())));
        rows.add(row("redeem storm, " + redeem.kiosks() + " kiosks", round(redeem.redeemsPerSecond()) + " redeems/s", pct(redeem.latency()),
                redeem.admitted() + " admitted of " + redeem.tickets() + " tickets, " + redeem.alreadyAdmitted()
                        + " duplicates refused, server counts " + redeem.admittedOnServer() + "; per scan " + costText(redeem.cost())));
    }

    private static void sync(Http http, Stage stage, ServerUnderTest server, Map<String, String> options, Map<String, Object> report,
            List<String[]> rows) throws Exception {
        log.warn("Kiosk sync");
        KioskSync.Result sync = KioskSync.run(http, stage, server.dataSource(), Integer.parseInt(options.get("sync-tickets")), 1000,
                Integer.parseInt(options.get("offline-scans")));
        report.put("kioskSync", Map.of("tickets", sync.tickets(), "firstSyncSeconds", round(sync.firstSyncSeconds()),
                "firstSyncBytes", sync.firstSyncBytes(), "pages", sync.pages(), "deltaChanges", sync.deltaChanges(),
                "deltaSyncSeconds", round(sync.deltaSyncSeconds()), "deltaBytes", sync.deltaBytes(),
                "offlineScans", sync.offlineScans(), "offlineVerdict", percentiles(sync.offlineVerdict())));
        rows.add(row("kiosk first sync, " + sync.tickets() + " tickets", round(sync.firstSyncSeconds()) + " s",
                sync.pages() + " pages", sync.firstSyncBytes() / 1024 + " KiB gzip on the wire"));
        rows.add(row("kiosk delta sync, " + sync.deltaChanges() + " changes", round(sync.deltaSyncSeconds() * 1000) + " ms", "",
                sync.deltaBytes() / 1024 + " KiB"));
        rows.add(row("offline verdict, " + sync.offlineScans() + " scans", "", pct(sync.offlineVerdict()),
                sync.offlineAdmitted() + " admitted, " + sync.offlineRejected() + " already admitted"));
    }

    /**
     * The server the load goes to: started here, in-process, on H2 or on an embedded PostgreSQL with fsync on, so the
     * benchmark can check the database afterwards. Limits meant for the public internet are lifted, since all load
     * comes from one address; {@link #LIFTED_LIMITS} says which, for the report.
     */
    private static ServerUnderTest startServer(String db, int pool) {
        ServerUnderTest.Builder server = ServerUnderTest.builder().withoutDemoData()
                .setting("marquee.bootstrap.admin-password", ADMIN_PASSWORD)
                .setting("marquee.sales.public-requests-per-minute", "1000000000")
                .setting("marquee.security.login.max-failures-per-address", "1000000")
                .setting("marquee.sales.public-hold-cap-per-address", "0")
                .setting("server.tomcat.threads.max", "400")
                .setting("server.tomcat.accept-count", "2000")
                .setting("server.tomcat.max-connections", "20000")
                .setting("spring.datasource.hikari.maximum-pool-size", Integer.toString(pool))
                .setting("logging.level.dev.marquee", "WARN");
        if ("postgres".equals(db)) {
            server.onPostgres().postgresSetting("fsync", "on");
        }
        return server.start();
    }

    private static Map<String, Object> percentiles(Latencies latencies) {
        return Map.of("count", latencies.count(), "p50Millis", round(latencies.percentileMillis(50)),
                "p95Millis", round(latencies.percentileMillis(95)), "p99Millis", round(latencies.percentileMillis(99)));
    }

    private static String pct(Latencies latencies) {
        return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms", latencies.percentileMillis(50), latencies.percentileMillis(95),
                latencies.percentileMillis(99));
    }

    private static Map<String, Object> cost(CostMeter.Cost cost) {
        return Map.of("commits", round(cost.commitsPerUnit()), "jvmCpuMillis", round(cost.jvmCpuMillisPerUnit()),
                "databaseCpuMillis", round(cost.databaseCpuMillisPerUnit()));
    }

    private static String costText(CostMeter.Cost cost) {
        return String.format(Locale.ROOT, "%.2f commits, CPU %.2f ms JVM + %.2f ms database", cost.commitsPerUnit(),
                cost.jvmCpuMillisPerUnit(), cost.databaseCpuMillisPerUnit());
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static void print(List<String[]> rows) {
        StringBuilder table = new StringBuilder("\n| scenario | throughput | latency | check |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        log.warn(table.toString());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
