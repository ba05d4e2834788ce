package dev.marquee.server.selling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.MarqueeServer;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.EmbeddedPostgresDatabase;
import dev.marquee.server.support.SalesFixture;
import dev.marquee.server.support.ServerInstances;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer. Instance B is a real second process,
 * killed with SIGKILL in the middle of two online checkouts: the acquirer took both buyers' money, neither sale
 * was recorded. One buyer's browser retries the same {@code Idempotency-Key} against the surviving instance A and
 * gets the tickets it paid for, charged once; the other buyer never comes back, and the money goes back when the
 * hold lapses.
 */
class CrashDuringCheckoutTest {

    private static final String LEASE = "--marquee.idempotency.lease=6s";

    private static ConfigurableApplicationContext survivor;
    private static Process doomed;
    private static Api onA;
    private static JdbcClient database;
    private static SalesFixture.Shop shop;
    private static Checkout retried;
    private static Checkout abandoned;

    /** A checkout begun on instance B: its hold, the key the buyer's client sent and the order placed for it. */
    private record Checkout(String holdId, String key, Map<String, String> buyer, UUID orderId) {
    }

    @BeforeAll
    static void crashAnInstanceMidCheckout() throws Exception {
        String url = EmbeddedPostgresDatabase.createDatabase();
        survivor = ServerInstances.start(url, LEASE);
        onA = new Api(ServerInstances.port(survivor));
        database = survivor.getBean(JdbcClient.class);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {50, 3000});
        shop = new SalesFixture(onA).shop(50, types);

        int portB = freePort();
        doomed = startSecondInstance(url, portB);
        Api onB = new Api(portB);
        await("instance B to start").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> onB.get("/actuator/health", null).status() == 200);

        // Instance A keeps its holds for ten minutes; instance B was started with short ones, for the abandoned buyer.
        Api.Response longHold = onA.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                SalesFixture.holdBody(shop.type("Standing"), 2));
        Api.Response shortHold = onB.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                SalesFixture.holdBody(shop.type("Standing"), 3));
        assertThat(longHold.status()).as(longHold.raw()).isEqualTo(201);
        assertThat(shortHold.status()).as(shortHold.raw()).isEqualTo(201);

        HttpClient browser = HttpClient.newHttpClient();
        List<Checkout> started = new ArrayList<>();
        for (String holdId : List.of(longHold.text("holdId"), shortHold.text("holdId"))) {
            String key = UUID.randomUUID().toString();
            Map<String, String> buyer = Map.of("buyerName", "Buyer " + key.substring(0, 4), "buyerEmail", key.substring(0, 8) + "@example.org");
            browser.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + portB + "/api/v1/public/holds/" + holdId + "/checkout"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(onA.json().writeValueAsString(buyer))).build(),
                    HttpResponse.BodyHandlers.discarding());
            UUID order = await("the acquirer to take the money").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> chargedOrderOf(holdId), java.util.Objects::nonNull);
            started.add(new Checkout(holdId, key, buyer, order));
        }
        doomed.destroyForcibly();
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        retried = started.get(0);
        abandoned = started.get(1);
    }

    @AfterAll
    static void stop() {
        if (doomed != null) {
            doomed.destroyForcibly();
        }
        if (survivor != null) {
            survivor.close();
        }
    }

    @Test
    void aRetryOnTheSurvivingInstanceGetsTheTicketsItPaidForChargedOnce() throws Exception {
        String checkout = "/api/v1/public/holds/" + retried.holdId() + "/checkout";

        Api.Response early = onA.post(checkout, null, retried.buyer(), retried.key());
        assertThat(early.status()).as("while the dead attempt's lease runs: " + early.raw()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo(ProblemTypes.IDEMPOTENCY_IN_PROGRESS.toString());
        assertThat(early.headers().firstValue("Retry-After")).isPresent();

        Api.Response paid = await("the lease to lapse").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> onA.post(checkout, null, retried.buyer(), retried.key()), response -> response.status() != 409);
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.text("orderId")).isEqualTo(retried.orderId().toString());
        assertThat(paid.text("status")).isEqualTo("PAID");

        HttpResponse<byte[]> pdf = onA.bytes("/api/v1/public/orders/" + paid.text("code") + "/tickets.pdf?secret=" + paid.text("accessSecret"), null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(database.sql("select count(*) from simulated_acquirer_charge where order_id = :order and not refunded")
                .param("order", retried.orderId()).query(Integer.class).single()).as("charged once, kept").isEqualTo(1);
        assertThat(ledger(retried.orderId())).containsExactly("CHARGE");
        assertThat(database.sql("select count(*) from ticket where order_id = :order").param("order", retried.orderId())
                .query(Integer.class).single()).isEqualTo(2);

        Api.Response again = onA.post(checkout, null, retried.buyer(), retried.key());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(paid.body());
    }

    @Test
    void anAbandonedCheckoutIsRefundedWhenItsHoldLapses() {
        await("the abandoned hold to lapse and its charge to go back").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> ledger(abandoned.orderId()).contains("REFUND"));

        assertThat(ledger(abandoned.orderId())).containsExactly("CHARGE", "REFUND");
        assertThat(database.sql("select refunded from simulated_acquirer_charge where order_id = :order")
                .param("order", abandoned.orderId()).query(Boolean.class).single()).isTrue();
        assertThat(database.sql("select status from orders where id = :order").param("order", abandoned.orderId())
                .query(String.class).single()).isEqualTo("CANCELLED");
    }

    /** The order the acquirer charged for this hold, once it did. */
    private static UUID chargedOrderOf(String holdId) {
        return database.sql("""
                select o.id from orders o join simulated_acquirer_charge c on c.order_id = o.id where o.hold_id = :hold
                """)
                .param("hold", UUID.fromString(holdId)).query(UUID.class).optional().orElse(null);
    }

    private static List<String> ledger(UUID order) {
        return database.sql("select kind from ledger_entry where order_id = :order order by seq")
                .param("order", order).query(String.class).list();
    }

    /**
     * Starts instance B as its own JVM on this test's class path. Its simulated acquirer takes the money at once and
     * answers only after ten minutes, so the test can kill it between the two.
     */
    private static Process startSecondInstance(String url, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-test-instance-b.log");
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MarqueeServer.class.getName(), "--spring.profiles.active=test", "--server.port=" + port,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--marquee.payment.simulator.approve-delay=10m", "--marquee.sales.online-hold-ttl=20s", LEASE)
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
