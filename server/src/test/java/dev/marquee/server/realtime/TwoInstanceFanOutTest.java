package dev.marquee.server.realtime;

import static dev.marquee.server.support.LiveClient.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.model.Money;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.LiveClient;
import dev.marquee.server.support.SalesFixture;
import dev.marquee.server.support.ServerInstances;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: a sale made through instance A
 * reaches a WebSocket client connected to instance B, relayed by LISTEN/NOTIFY; a logout through A ends the
 * socket on B.
 */
class TwoInstanceFanOutTest {

    @RegisterExtension
    static final ServerInstances.Pair instances = new ServerInstances.Pair();

    @Test
    void aSaleOnOneInstanceReachesAClientOnTheOther() throws Exception {
        Api a = new Api(instances.portA());
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {20, 2500});
        SalesFixture fixture = new SalesFixture(a);
        SalesFixture.Shop shop = fixture.shop(20, types);
        String tokenForB = new Api(instances.portB()).login(shop.boxOfficeUsername(), SalesFixture.PASSWORD);

        try (LiveClient onB = new LiveClient(instances.portB(), tokenForB)) {
            onB.subscribe("sales:" + shop.organizer(), null);
            onB.subscribe("availability:" + shop.eventId(), null);
            onB.await(ofType("subscribed"));
            onB.await(ofType("subscribed"));

            fixture.openShift(shop, 0);
            Api.Response hold = a.post("/api/v1/events/" + shop.eventId() + "/holds", shop.boxOfficeToken(),
                    SalesFixture.holdBody(shop.type("Standing"), 3));
            Api.Response sale = a.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(),
                    Map.of("method", "CASH", "tendered", Money.parse("75.00", "EUR")));
            assertThat(sale.status()).isEqualTo(201);

            JsonNode tick = onB.await(ofType("sale"));
            assertThat(tick.path("orderId").asString()).isEqualTo(sale.body().path("order").path("id").asString());
            JsonNode availability = onB.await(message -> ofType("availability").test(message)
                    && message.path("types").get(0).path("sold").asInt() == 3);
            assertThat(availability.path("types").get(0).path("available").asInt()).isEqualTo(17);
        }
    }

    @Test
    void aLogoutOnOneInstanceClosesTheSocketOnTheOther() {
        String tokenForB = new Api(instances.portB()).login("admin", "test-admin-password");
        try (LiveClient onB = new LiveClient(instances.portB(), tokenForB)) {
            assertThat(new Api(instances.portA()).post("/api/v1/auth/logout", tokenForB, null).status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(onB.closedWith()).isEqualTo("4401 Session ended, sign in again"));
        }
    }
}
