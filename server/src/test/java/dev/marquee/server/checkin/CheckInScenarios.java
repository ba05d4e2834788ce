package dev.marquee.server.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.model.Money;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.OpenApiContract;
import dev.marquee.server.support.SalesFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Check-in over HTTP with a paired kiosk: online redeem, the change feed, offline upload. On H2 and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OpenApiContract.class)
abstract class CheckInScenarios {

    @LocalServerPort
    int port;

    Api api;
    SalesFixture fixture;
    SalesFixture.Shop shop;
    String listId;
    String kiosk;
    List<JsonNode> tickets;

    @BeforeEach
    void sellAndPair() {
        api = new Api(port);
        fixture = new SalesFixture(api);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {50, 3900});
        types.put("Backstage", new int[] {5, 9900});
        shop = fixture.shop(60, types);
        fixture.openShift(shop, 0);
        tickets = new ArrayList<>(sell("Standing", 4));
        tickets.addAll(sell("Backstage", 1));

        listId = createList(shop, "Standing");
        kiosk = pairKiosk(shop);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feed(0).path("tickets").size()).isEqualTo(4));
    }

    @Test
    void admitsOnceThenSaysWhenAndWhere() {
        String token = tickets.get(0).path("qrText").asString();

        JsonNode first = redeem(token, "North", UUID.randomUUID());
        assertThat(first.path("verdict").asString()).isEqualTo("ADMITTED");
        assertThat(first.path("ticketType").asString()).isEqualTo("Standing");
        assertThat(first.path("holderName").asString()).isEqualTo("Mia Muster");

        JsonNode second = redeem(token, "South", UUID.randomUUID());
        assertThat(second.path("verdict").asString()).isEqualTo("REJECTED");
        assertThat(second.path("reason").asString()).isEqualTo("ALREADY_ADMITTED");
        assertThat(second.path("firstGate").asString()).isEqualTo("North");
        assertThat(second.path("firstAdmittedAt").asString()).isNotBlank();
    }

    @Test
    void aRepeatedScanIdRepeatsTheFirstAnswer() {
        UUID scan = UUID.randomUUID();
        String token = tickets.get(1).path("qrText").asString();

        assertThat(redeem(token, "North", scan).path("verdict").asString()).isEqualTo("ADMITTED");
        assertThat(redeem(token, "North", scan).path("verdict").asString()).isEqualTo("ADMITTED");
        assertThat(api.get("/api/v1/checkin/lists/" + listId + "/attendance", kiosk).body().path("admitted").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsWithTheReasonInPlainWords() {
        String genuine = tickets.get(2).path("qrText").asString();
        int inSignature = genuine.length() - 6;
        String forged = genuine.substring(0, inSignature) + (genuine.charAt(inSignature) == 'A' ? 'B' : 'A') + genuine.substring(inSignature + 1);

        assertThat(reason(redeem(forged, "North", UUID.randomUUID()))).isIn("FORGED", "UNREADABLE");
        JsonNode unreadable = redeem("https://example.org/not-a-ticket", "North", UUID.randomUUID());
        assertThat(reason(unreadable)).isEqualTo("UNREADABLE");
        assertThat(unreadable.path("message").asString()).isEqualTo("Not a Marquee ticket");
        assertThat(reason(redeem(tickets.get(4).path("qrText").asString(), "North", UUID.randomUUID()))).isEqualTo("NOT_ON_THIS_LIST");

        String orderId = tickets.get(3).path("orderId").asString();
        api.post("/api/v1/orders/" + orderId + "/refund", shop.boxOfficeToken(), Map.of("ticketIds", List.of(tickets.get(3).path("id").asString())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reason(redeem(tickets.get(3).path("qrText").asString(), "North", UUID.randomUUID()))).isEqualTo("REVOKED"));
    }

    @Test
    void theFeedPagesFromZeroAndCarriesTheKeys() {
        JsonNode page = api.get("/api/v1/checkin/lists/" + listId + "/changes?after=0&limit=3", kiosk).body();
        assertThat(page.path("tickets").size()).isEqualTo(3);
        assertThat(page.path("hasMore").asBoolean()).isTrue();
        assertThat(page.path("publicKeys").size()).isEqualTo(1);
        JsonNode rest = feed(page.path("next").asLong());
        assertThat(rest.path("tickets").size()).isEqualTo(1);
        assertThat(rest.path("hasMore").asBoolean()).isFalse();

        redeem(tickets.get(0).path("qrText").asString(), "North", UUID.randomUUID());
        JsonNode delta = feed(rest.path("next").asLong());
        assertThat(delta.path("tickets").size()).isZero();
        assertThat(delta.path("checkIns").size()).isEqualTo(1);
        assertThat(delta.path("checkIns").get(0).path("firstGate").asString()).isEqualTo("North");
    }

    @Test
    void offlineScansAreKeptAndASecondAdmissionIsADuplicate() {
        String token = tickets.get(0).path("qrText").asString();
        redeem(token, "North", UUID.randomUUID());
        UUID offlineScan = UUID.randomUUID();
        Map<String, Object> scan = Map.of("scanId", offlineScan.toString(), "token", token, "scannedAt", Instant.now().toString(),
                "gate", "South", "localVerdict", "ADMITTED");
        Map<String, Object> other = Map.of("scanId", UUID.randomUUID().toString(), "token", tickets.get(1).path("qrText").asString(),
                "scannedAt", Instant.now().toString(), "gate", "South", "localVerdict", "ADMITTED");

        JsonNode result = api.post("/api/v1/checkin/lists/" + listId + "/scans", kiosk, Map.of("scans", List.of(scan, other))).body();

        assertThat(result.path("accepted").asInt()).isEqualTo(2);
        assertThat(result.path("duplicates").size()).isEqualTo(1);
        assertThat(result.path("duplicates").get(0).path("firstGate").asString()).isEqualTo("North");
        JsonNode again = api.post("/api/v1/checkin/lists/" + listId + "/scans", kiosk, Map.of("scans", List.of(scan))).body();
        assertThat(again.path("repeated").asInt()).isEqualTo(1);
        JsonNode attendance = api.get("/api/v1/checkin/lists/" + listId + "/attendance", kiosk).body();
        assertThat(attendance.path("admitted").asInt()).isEqualTo(2);
        assertThat(attendance.path("duplicates").asInt()).isEqualTo(1);
        assertThat(attendance.path("expected").asInt()).isEqualTo(4);
    }

    @Test
    void aTicketIsAdmittedOnceWhenManyGatesScanItAtOnce() throws Exception {
        String token = tickets.get(2).path("qrText").asString();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> verdicts = new ArrayList<>();
        try (ExecutorService gates = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int gate = 0; gate < 16; gate++) {
                String name = "Gate " + gate;
                verdicts.add(gates.submit(() -> {
                    start.await();
                    return redeem(token, name, UUID.randomUUID()).path("verdict").asString();
                }));
            }
            start.countDown();
        }
        List<String> all = new ArrayList<>();
        for (Future<String> verdict : verdicts) {
            all.add(verdict.get());
        }
        assertThat(all).filteredOn("ADMITTED"::equals).hasSize(1);
        assertThat(all).filteredOn("REJECTED"::equals).hasSize(15);
    }

    @Test
    void aRevokedKioskIsShutOut() {
        String deviceId = api.get("/api/v1/devices?organizerId=" + shop.organizer(), shop.organizerToken()).body().get(0).path("id").asString();
        assertThat(api.get("/api/v1/checkin/lists/" + listId + "/changes", kiosk).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/devices/" + deviceId, shop.organizerToken()).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/checkin/lists/" + listId + "/changes", kiosk).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/devices/pair", null, Map.of("code", "NOPE1234")).status()).isEqualTo(404);
    }

    /**
     * Scan ids are made up by kiosks and unique only within a list: another organizer's kiosk that sends a scan id
     * it saw (or guessed) gets a fresh verdict on its own list, never the first scan's ticket, holder or type.
     */
    @Test
    void anotherOrganizersScanIdRevealsNothing() {
        UUID scan = UUID.randomUUID();
        UUID uploadedScan = UUID.randomUUID();
        JsonNode admitted = redeem(tickets.get(0).path("qrText").asString(), "North", scan);
        assertThat(admitted.path("holderName").asString()).isEqualTo("Mia Muster");
        redeem(tickets.get(1).path("qrText").asString(), "North", uploadedScan);
        SalesFixture.Shop rival = fixture.shop(10, Map.of("Seat", new int[] {10, 1000}));
        String rivalList = createList(rival, "Seat");
        String rivalKiosk = pairKiosk(rival);

        Api.Response replayed = api.post("/api/v1/checkin/redeem", rivalKiosk, Map.of("token", "not-a-ticket", "listId", rivalList,
                "gate", "Rival", "scanId", scan.toString(), "scannedAt", Instant.now().toString()));

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.text("reason")).isEqualTo("UNREADABLE");
        assertThat(replayed.body().path("ticketId").isNull() || replayed.body().path("ticketId").isMissingNode()).isTrue();
        assertThat(replayed.raw()).doesNotContain("Mia Muster").doesNotContain(tickets.get(0).path("id").asString()).doesNotContain("Standing");
        Map<String, Object> offline = Map.of("scanId", uploadedScan.toString(), "token", "not-a-ticket", "scannedAt", Instant.now().toString(),
                "gate", "Rival", "localVerdict", "REJECTED");
        JsonNode uploaded = api.post("/api/v1/checkin/lists/" + rivalList + "/scans", rivalKiosk, Map.of("scans", List.of(offline))).body();
        assertThat(uploaded.path("accepted").asInt()).isEqualTo(1);
        assertThat(uploaded.path("repeated").asInt()).isZero();
        // The first organizer's list is out of reach altogether, as if it did not exist.
        assertThat(api.post("/api/v1/checkin/redeem", rivalKiosk, Map.of("token", "not-a-ticket", "listId", listId, "gate", "Rival",
                "scanId", scan.toString(), "scannedAt", Instant.now().toString())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/checkin/lists/" + listId + "/changes", rivalKiosk).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/checkin/lists/" + listId + "/attendance", rivalKiosk).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/checkin/lists/" + listId + "/scans", rivalKiosk, Map.of("scans", List.of(offline))).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/" + shop.eventId() + "/checkin-lists", rivalKiosk).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/checkin/lists/" + listId + "/attendance", kiosk).body().path("admitted").asInt()).isEqualTo(2);
    }

    private String createList(SalesFixture.Shop owner, String type) {
        Api.Response list = api.post("/api/v1/events/" + owner.eventId() + "/checkin-lists", owner.organizerToken(),
                Map.of("name", "Main entrance", "ticketTypeIds", List.of(owner.type(type)), "allowExit", false, "allowReentry", false));
        assertThat(list.status()).as(list.raw()).isEqualTo(201);
        return list.text("id");
    }

    private String pairKiosk(SalesFixture.Shop owner) {
        Api.Response code = api.post("/api/v1/devices/pairing-codes", owner.organizerToken(),
                Map.of("organizerId", owner.organizer().toString(), "deviceName", "North 1"));
        assertThat(code.status()).as(code.raw()).isEqualTo(201);
        Api.Response paired = api.post("/api/v1/devices/pair", null, Map.of("code", code.text("code")));
        assertThat(paired.status()).as(paired.raw()).isEqualTo(201);
        return paired.text("token");
    }

    private JsonNode redeem(String token, String gate, UUID scanId) {
        Api.Response response = api.post("/api/v1/checkin/redeem", kiosk, Map.of("token", token, "listId", listId, "gate", gate,
                "scanId", scanId.toString(), "scannedAt", Instant.now().toString()));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private JsonNode feed(long after) {
        Api.Response response = api.get("/api/v1/checkin/lists/" + listId + "/changes?after=" + after, kiosk);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private static String reason(JsonNode result) {
        return result.path("reason").asString();
    }

    private List<JsonNode> sell(String type, int quantity) {
        Api.Response hold = api.post("/api/v1/events/" + shop.eventId() + "/holds", shop.boxOfficeToken(),
                SalesFixture.holdBody(shop.type(type), quantity));
        Api.Response sale = api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(),
                Map.of("method", "CASH", "tendered", Money.parse("1000.00", "EUR"), "buyerName", "Mia Muster"));
        assertThat(sale.status()).as(sale.raw()).isEqualTo(201);
        List<JsonNode> sold = new ArrayList<>();
        String orderId = sale.body().path("order").path("id").asString();
        sale.body().path("order").path("tickets").forEach(ticket -> {
            tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) ticket.deepCopy();
            copy.put("orderId", orderId);
            sold.add(copy);
        });
        return sold;
    }
}
