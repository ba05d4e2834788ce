package dev.marquee.server.realtime;

import static dev.marquee.server.support.LiveClient.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.Money;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.LiveClient;
import dev.marquee.server.support.OpenApiContract;
import dev.marquee.server.support.SalesFixture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** The live-update endpoint on the embedded default, driven by a plain WebSocket client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
@ExtendWith(OpenApiContract.class)
class LiveUpdatesTest {

    @LocalServerPort
    int port;

    Api api;
    SalesFixture fixture;
    SalesFixture.Shop shop;

    @BeforeEach
    void openShop() {
        api = new Api(port);
        fixture = new SalesFixture(api);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {50, 3900});
        shop = fixture.shop(50, types);
    }

    @Test
    void pushesAvailabilityAndTheSaleAfterACounterSale() throws Exception {
        try (LiveClient live = new LiveClient(port, shop.organizerToken())) {
            live.subscribe("availability:" + shop.eventId(), null);
            live.subscribe("sales:" + shop.organizer(), null);
            live.await(ofType("subscribed"));
            live.await(ofType("subscribed"));

            fixture.openShift(shop, 0);
            Api.Response hold = api.post("/api/v1/events/" + shop.eventId() + "/holds", shop.boxOfficeToken(),
                    SalesFixture.holdBody(shop.type("Standing"), 2));
            api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(),
                    Map.of("method", "CASH", "tendered", Money.parse("78.00", "EUR")));

            JsonNode sale = live.await(ofType("sale"));
            assertThat(sale.path("tickets").asInt()).isEqualTo(2);
            assertThat(sale.path("total").path("amountMinor").asLong()).isEqualTo(7800);
            assertThat(sale.path("channel").asString()).isEqualTo("BOX_OFFICE");
            JsonNode availability = live.await(message -> ofType("availability").test(message)
                    && message.path("types").get(0).path("sold").asInt() == 2);
            assertThat(availability.path("types").get(0).path("available").asInt()).isEqualTo(48);
            assertThat(availability.path("seq").asLong()).isPositive();
        }
    }

    @Test
    void aReconnectingClientGetsWhatItMissedOrIsToldToRefetch() throws Exception {
        long seen;
        try (LiveClient live = new LiveClient(port, shop.organizerToken())) {
            live.subscribe("availability:" + shop.eventId(), null);
            seen = live.await(ofType("subscribed")).path("seq").asLong();
        }
        // Availability is sent a few times a second, coalescing changes in between: wait for each change's own
        // message before making the next, so that two changes give two messages.
        try (LiveClient watcher = new LiveClient(port, shop.organizerToken())) {
            watcher.subscribe("availability:" + shop.eventId(), null);
            watcher.await(ofType("subscribed"));
            for (int held = 1; held <= 2; held++) {
                api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, SalesFixture.holdBody(shop.type("Standing"), 1));
                int expected = held;
                watcher.await(message -> ofType("availability").test(message)
                        && message.path("types").get(0).path("held").asInt() == expected);
            }
        }

        try (LiveClient again = new LiveClient(port, shop.organizerToken())) {
            again.subscribe("availability:" + shop.eventId(), seen);
            long latest = again.await(ofType("subscribed")).path("seq").asLong();
            assertThat(latest).isGreaterThanOrEqualTo(seen + 2);
            JsonNode first = again.await(ofType("availability"));
            assertThat(first.path("seq").asLong()).isEqualTo(seen + 1);
            assertThat(again.await(ofType("availability")).path("seq").asLong()).isEqualTo(seen + 2);
        }
        try (LiveClient stale = new LiveClient(port, shop.organizerToken())) {
            stale.subscribe("availability:" + shop.eventId(), -5L);
            stale.await(ofType("subscribed"));
            assertThat(stale.await(ofType("refetch")).path("topic").asString()).isEqualTo("availability:" + shop.eventId());
        }
    }

    @Test
    void badOrForbiddenMessagesGetAnErrorAndTheConnectionStays() throws Exception {
        SalesFixture.Shop other = fixture.shop(10, Map.of("Seat", new int[] {10, 1000}));
        try (LiveClient live = new LiveClient(port, shop.organizerToken())) {
            live.send("this is not json");
            assertThat(live.await(ofType("error")).path("code").asString()).isEqualTo("MALFORMED");
            live.send("{\"type\":\"dance\"}");
            assertThat(live.await(ofType("error")).path("code").asString()).isEqualTo("MALFORMED");
            live.subscribe("nonsense:123", null);
            assertThat(live.await(ofType("error")).path("message").asString()).contains("topic");
            live.subscribe("availability:" + other.eventId(), null);
            assertThat(live.await(ofType("error")).path("code").asString()).isEqualTo("FORBIDDEN_TOPIC");
            live.subscribe("sales:" + other.organizer(), null);
            assertThat(live.await(ofType("error")).path("code").asString()).isEqualTo("FORBIDDEN_TOPIC");

            live.send("{\"type\":\"ping\"}");
            assertThat(live.await(ofType("heartbeat")).path("at").asString()).isNotBlank();
            assertThat(live.isOpen()).isTrue();
        }
    }

    @Test
    void theHandshakeNeedsAValidToken() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LiveClient(port, "not-a-token"))
                .hasStackTraceContaining("401");
    }
}
