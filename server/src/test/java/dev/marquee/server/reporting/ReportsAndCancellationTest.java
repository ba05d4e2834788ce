package dev.marquee.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.model.Money;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.OpenApiContract;
import dev.marquee.server.support.SalesFixture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** The organizer's figures and exports, and what cancelling an event does to the orders already paid. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
@ExtendWith(OpenApiContract.class)
class ReportsAndCancellationTest {

    @LocalServerPort
    int port;

    @Test
    void summarisesSalesAndExportsCsvThenRefundsEverythingWhenTheEventIsCancelled() {
        Api api = new Api(port);
        SalesFixture fixture = new SalesFixture(api);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {40, 2000});
        types.put("Seat", new int[] {10, 5000});
        SalesFixture.Shop shop = fixture.shop(50, types);
        fixture.openShift(shop, 0);
        sell(api, shop, "Standing", 3, "Ann, \"the\" Buyer");
        sell(api, shop, "Seat", 1, "=cmd()");

        // The reports read a model kept from the sales' events, so they follow each sale a moment after it commits.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode summary = api.get("/api/v1/events/" + shop.eventId() + "/sales-summary", shop.organizerToken()).body();
            assertThat(summary.path("paidOrders").asInt()).isEqualTo(2);
            assertThat(summary.path("ticketsSold").asInt()).isEqualTo(4);
            assertThat(summary.path("capacity").asInt()).isEqualTo(50);
            assertThat(summary.path("revenue").path("amountMinor").asLong()).isEqualTo(11_000);
            assertThat(summary.path("byType").get(0).path("sold").asInt()).isEqualTo(3);
        });

        Api.Response attendees = api.get("/api/v1/events/" + shop.eventId() + "/attendees.csv", shop.organizerToken(), "text/csv");
        List<String> lines = attendees.raw().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("\uFEFFticket,ticket type,status,holder");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",\"Ann, \"\"the\"\" Buyer\","));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",'=cmd(),"));
        Api.Response orders = api.get("/api/v1/events/" + shop.eventId() + "/orders.csv", shop.organizerToken(), "text/csv");
        assertThat(orders.raw().lines().skip(1)).hasSize(2).allSatisfy(line -> assertThat(line).contains(",PAID,BOX_OFFICE,CASH,"));
        assertThat(api.get("/api/v1/events/" + shop.eventId() + "/sales-summary", shop.boxOfficeToken()).status()).isEqualTo(403);

        api.post("/api/v1/events/" + shop.eventId() + "/cancel", shop.organizerToken(), Map.of("reason", "Storm"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode after = api.get("/api/v1/events/" + shop.eventId() + "/sales-summary", shop.organizerToken()).body();
            assertThat(after.path("paidOrders").asInt()).isZero();
            assertThat(after.path("ticketsSold").asInt()).isZero();
            assertThat(after.path("revenue").path("amountMinor").asLong()).isZero();
        });
    }

    private static void sell(Api api, SalesFixture.Shop shop, String type, int quantity, String buyer) {
        Api.Response hold = api.post("/api/v1/events/" + shop.eventId() + "/holds", shop.boxOfficeToken(),
                SalesFixture.holdBody(shop.type(type), quantity));
        Api.Response sale = api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(),
                Map.of("method", "CASH", "tendered", Money.parse("500.00", "EUR"), "buyerName", buyer));
        assertThat(sale.status()).as(sale.raw()).isEqualTo(201);
    }
}
