package dev.marquee.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.MovableClock;
import dev.marquee.server.support.MovableClockConfiguration;
import dev.marquee.server.support.OpenApiContract;
import dev.marquee.server.support.SalesFixture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Lapsed holds return their tickets, and two sweepers running at once (as on two server instances) release each
 * hold exactly once. The scheduler is off here; the test runs the sweeps itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "marquee.sales.online-hold-ttl=1s", "marquee.sales.box-office-hold-ttl=1s", "marquee.scheduling.enabled=false"})
@ActiveProfiles("test")
@Import(MovableClockConfiguration.class)
@ExtendWith(OpenApiContract.class)
abstract class HoldExpiryScenarios {

    @LocalServerPort
    int port;

    @Autowired
    HoldExpiry expiry;

    @Autowired
    MovableClock clock;

    @Test
    void lapsedHoldsReturnTheirTicketsExactlyOnceEvenWithTwoSweepers() throws Exception {
        Api api = new Api(port);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {100, 2000});
        SalesFixture.Shop shop = new SalesFixture(api).shop(100, types);
        String holds = "/api/v1/public/events/" + shop.eventId() + "/holds";
        String lastHold = null;
        for (int i = 0; i < 30; i++) {
            Api.Response hold = api.post(holds, null, SalesFixture.holdBody(shop.type("Standing"), 2));
            assertThat(hold.status()).isEqualTo(201);
            lastHold = hold.text("holdId");
        }
        assertThat(available(api, shop)).isEqualTo(40);
        clock.advance(Duration.ofSeconds(2));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(expiry::releaseBatch);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(expiry::releaseBatch);
        int released = first.get() + second.get() + expiry.releaseBatch();

        assertThat(released).isEqualTo(30);
        assertThat(available(api, shop)).isEqualTo(100);
        Api.Response late = api.post("/api/v1/public/holds/" + lastHold + "/checkout", null,
                Map.of("buyerName", "Late Larry", "buyerEmail", "late@example.org"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo(ProblemTypes.HOLD_EXPIRED.toString());
        assertThat(late.text("detail")).contains("new hold");
    }

    private static int available(Api api, SalesFixture.Shop shop) {
        return api.get("/api/v1/events/" + shop.eventId() + "/ticket-types", shop.organizerToken()).body().get(0).path("available").asInt();
    }
}
