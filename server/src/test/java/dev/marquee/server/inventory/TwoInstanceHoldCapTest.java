package dev.marquee.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.SalesFixture;
import dev.marquee.server.support.ServerInstances;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: one address spreading its holds over
 * both, all at once, still gets no more than the cap, because the count lives in the database, not in an instance.
 */
class TwoInstanceHoldCapTest {

    private static final int CAP = 6;

    @RegisterExtension
    static final ServerInstances.Pair instances = new ServerInstances.Pair("--marquee.sales.public-hold-cap-per-address=" + CAP);

    @Test
    void oneAddressGetsNoMoreThanTheCapAcrossInstances() throws Exception {
        Api a = new Api(instances.portA());
        Api b = new Api(instances.portB());
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {100, 2500});
        SalesFixture.Shop shop = new SalesFixture(a).shop(100, types);
        String path = "/api/v1/public/events/" + shop.eventId() + "/holds";
        String body = SalesFixture.holdBody(shop.type("Standing"), 1);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5 * CAP; i++) {
                Api instance = i % 2 == 0 ? a : b;
                answers.add(buyers.submit(() -> {
                    start.await();
                    return instance.post(path, null, body);
                }));
            }
            start.countDown();
        }

        Map<String, Integer> tally = new LinkedHashMap<>();
        for (Future<Api.Response> answer : answers) {
            tally.merge(answer.get().status() == 201 ? "held" : answer.get().problemType(), 1, Integer::sum);
        }
        assertThat(tally).containsOnlyKeys("held", ProblemTypes.HOLD_LIMIT_REACHED.toString()).containsEntry("held", CAP);
        Api.Response later = b.post(path, null, body);
        assertThat(later.status()).isEqualTo(429);
        assertThat(later.body().path("held").asInt()).isEqualTo(CAP);
    }
}
