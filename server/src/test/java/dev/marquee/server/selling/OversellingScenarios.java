package dev.marquee.server.selling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.OpenApiContract;
import dev.marquee.server.support.SalesFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Zero overselling: far more buyers than tickets, all at once, over HTTP, through hold and online checkout. Two
 * ticket types share one quota that is smaller than their own capacities together, so the quota is the contested
 * row. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OpenApiContract.class)
abstract class OversellingScenarios {

    private static final int CAPACITY = 100;
    private static final int BUYERS = 240;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sellsExactlyTheQuotaAndRefusesEveryoneElse() throws Exception {
        Api api = new Api(port);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {80, 3900});
        types.put("Seated", new int[] {80, 5900});
        SalesFixture.Shop shop = new SalesFixture(api).shop(CAPACITY, types);
        List<String> typeIds = List.copyOf(shop.ticketTypes().values());

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < BUYERS; i++) {
                String type = typeIds.get(i % 2);
                int buyer = i;
                outcomes.add(buyers.submit(() -> {
                    start.await();
                    return buy(api, shop.eventId(), type, buyer);
                }));
            }
            start.countDown();
        }

        Map<String, Integer> tally = new LinkedHashMap<>();
        for (Future<String> outcome : outcomes) {
            tally.merge(outcome.get(), 1, Integer::sum);
        }
        assertThat(tally).as("every buyer either bought one ticket or was told it is sold out")
                .containsOnlyKeys("PAID", ProblemTypes.SOLD_OUT.toString());
        assertThat(tally.get("PAID")).isEqualTo(CAPACITY);
        assertThat(tally.get(ProblemTypes.SOLD_OUT.toString())).isEqualTo(BUYERS - CAPACITY);

        long validTickets = jdbc.sql("select count(*) from ticket where event_id = cast(:event as uuid) and status = 'VALID'")
                .param("event", shop.eventId()).query(Long.class).single();
        Map<String, Object> quota = jdbc.sql("select sold, held, capacity from quota where id = cast(:id as uuid)")
                .param("id", shop.quotaId()).query().singleRow();
        long soldByTypes = jdbc.sql("select sum(sold) from ticket_type where event_id = cast(:event as uuid)")
                .param("event", shop.eventId()).query(Long.class).single();
        long paidOrders = jdbc.sql("select count(*) from orders where event_id = cast(:event as uuid) and status = 'PAID'")
                .param("event", shop.eventId()).query(Long.class).single();
        assertThat(validTickets).isEqualTo(CAPACITY);
        assertThat(((Number) quota.get("sold")).intValue()).isEqualTo(CAPACITY);
        assertThat(((Number) quota.get("held")).intValue()).isZero();
        assertThat(soldByTypes).isEqualTo(CAPACITY);
        assertThat(paidOrders).isEqualTo(CAPACITY);
    }

    private static String buy(Api api, String eventId, String typeId, int buyer) {
        Api.Response hold = api.post("/api/v1/public/events/" + eventId + "/holds", null, SalesFixture.holdBody(typeId, 1));
        if (hold.status() != 201) {
            return hold.problemType();
        }
        Api.Response checkout = api.post("/api/v1/public/holds/" + hold.text("holdId") + "/checkout", null,
                Map.of("buyerName", "Buyer " + buyer, "buyerEmail", "buyer" + buyer + "@example.org"));
        return checkout.status() == 201 ? checkout.text("status") : "checkout " + checkout.status() + " " + checkout.raw();
    }
}
