package dev.marquee.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.SalesFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * One client address cannot sweep up an event on the public API: the tickets it has in active holds of one event
 * are capped, counted in the database, also when its holds arrive all at once. No trusted proxy is configured, so
 * an {@code X-Forwarded-For} changes nothing. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "marquee.sales.public-hold-cap-per-address=20")
@ActiveProfiles("test")
abstract class HoldCapScenarios {

    private static final int CAP = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    SalesFixture.Shop shop;

    @BeforeEach
    void openShop() {
        api = new Api(port);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {500, 3900});
        types.put("Seated", new int[] {500, 5900});
        shop = new SalesFixture(api).shop(1000, types);
    }

    @Test
    void refusesHoldsBeyondTheCapOfOneAddressPerEvent() {
        assertThat(hold("Standing", 10).status()).isEqualTo(201);
        assertThat(hold("Seated", 8).status()).isEqualTo(201);

        Api.Response refused = hold("Standing", 3);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo(ProblemTypes.HOLD_LIMIT_REACHED.toString());
        assertThat(refused.body().path("limit").asInt()).isEqualTo(CAP);
        assertThat(refused.body().path("held").asInt()).isEqualTo(18);
        assertThat(refused.body().path("nextExpiryAt").asString()).isNotBlank();
        assertThat(refused.text("detail")).contains("already holds 18", "at most 20", "2 or fewer");
        assertThat(hold("Standing", 2).status()).as("up to the cap is fine").isEqualTo(201);
        assertThat(hold("Standing", 1).status()).isEqualTo(429);
        assertThat(heldOfEvent()).isEqualTo(CAP);
    }

    @Test
    void capsEachEventOnItsOwnAndLeavesTheBoxOfficeAlone() {
        fill();
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {100, 3900});
        SalesFixture.Shop other = new SalesFixture(api).shop(100, types);

        Api.Response otherEvent = api.post("/api/v1/public/events/" + other.eventId() + "/holds", null,
                SalesFixture.holdBody(other.type("Standing"), 5));
        Api.Response counter = api.post("/api/v1/events/" + shop.eventId() + "/holds", shop.boxOfficeToken(),
                SalesFixture.holdBody(shop.type("Standing"), 5));

        assertThat(otherEvent.status()).isEqualTo(201);
        assertThat(counter.status()).as("staff at the box office sell from the venue's own address").isEqualTo(201);
    }

    @Test
    void takingNewHoldsWhileTheOldOnesLastKeepsNoMoreThanTheCap() {
        List<String> held = fill();

        assertThat(hold("Standing", 10).status()).as("a fresh hold is no way around the cap").isEqualTo(429);
        jdbc.sql("update hold set expires_at = :past where id = cast(:id as uuid)")
                .param("past", java.time.OffsetDateTime.now().minusMinutes(1)).param("id", held.getFirst()).update();
        assertThat(hold("Standing", 10).status()).as("a lapsed hold no longer counts, even before the sweep").isEqualTo(201);
        assertThat(hold("Standing", 1).status()).isEqualTo(429);

        Api.Response checkout = api.post("/api/v1/public/holds/" + held.get(1) + "/checkout", null,
                Map.of("buyerName", "Bea Buyer", "buyerEmail", "bea@example.org"));
        assertThat(checkout.status()).as(checkout.raw()).isEqualTo(201);
        assertThat(hold("Standing", 10).status()).as("sold tickets are no longer held").isEqualTo(201);
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNoTrustedProxy() throws Exception {
        fill();
        HttpClient http = HttpClient.newHttpClient();
        for (String forged : List.of("203.0.113.1", "198.51.100.7, 203.0.113.2", "::1")) {
            HttpResponse<String> spoofed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + holdsPath()))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", forged)
                    .POST(HttpRequest.BodyPublishers.ofString(SalesFixture.holdBody(shop.type("Standing"), 1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(spoofed.statusCode()).as("X-Forwarded-For: %s", forged).isEqualTo(429);
        }
    }

    @Test
    void concurrentHoldsOfOneAddressNeverExceedTheCap() throws Exception {
        int attempts = 3 * CAP;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < attempts; i++) {
                String type = i % 2 == 0 ? "Standing" : "Seated";
                statuses.add(buyers.submit(() -> {
                    start.await();
                    return hold(type, 1).status();
                }));
            }
            start.countDown();
        }

        Map<Integer, Integer> tally = new LinkedHashMap<>();
        for (Future<Integer> status : statuses) {
            tally.merge(status.get(), 1, Integer::sum);
        }
        assertThat(tally).containsOnlyKeys(201, 429).containsEntry(201, CAP).containsEntry(429, attempts - CAP);
        assertThat(heldOfEvent()).isEqualTo(CAP);
    }

    /** Holds the cap in two holds and returns their ids. */
    private List<String> fill() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Api.Response hold = hold("Standing", CAP / 2);
            assertThat(hold.status()).as(hold.raw()).isEqualTo(201);
            ids.add(hold.text("holdId"));
        }
        return ids;
    }

    private Api.Response hold(String type, int quantity) {
        return api.post(holdsPath(), null, SalesFixture.holdBody(shop.type(type), quantity));
    }

    private String holdsPath() {
        return "/api/v1/public/events/" + shop.eventId() + "/holds";
    }

    private int heldOfEvent() {
        return jdbc.sql("select coalesce(sum(held), 0) from ticket_type where event_id = cast(:event as uuid)")
                .param("event", shop.eventId()).query(Integer.class).single();
    }
}
