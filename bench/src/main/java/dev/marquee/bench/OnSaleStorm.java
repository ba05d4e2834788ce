package dev.marquee.bench;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * K buyers at once on one hot ticket type: each holds one ticket and checks out online, again and again, until
 * the server says sold out. Measures confirmed orders per second and the latency of each step, then checks in
 * the database that exactly the capacity was sold.
 */
final class OnSaleStorm {

    /** What one storm measured. */
    record Result(int clients, int capacity, int confirmed, int refused, int errors, double seconds, double ordersPerSecond,
            Latencies hold, Latencies checkout, long soldInDatabase, CostMeter.Cost cost) {
    }

    static Result run(Http http, Stage stage, DataSource dataSource, int capacity, int clients) throws InterruptedException {
        Stage.Event event = stage.event(capacity, 10);
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong lastConfirmation = new AtomicLong();
        Latencies hold = new Latencies();
        Latencies checkout = new Latencies();
        String holdBody = "{\"items\":[{\"ticketTypeId\":\"" + event.ticketTypeId() + "\",\"quantity\":1}]}";
        CountDownLatch go = new CountDownLatch(1);
        CostMeter meter = new CostMeter(dataSource);
        CostMeter.Reading before = meter.read();
        long start;
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                int buyer = i;
                buyers.submit(() -> {
                    go.await();
                    while (true) {
                        long t0 = System.nanoTime();
                        Http.Answer held = http.post("/api/v1/public/events/" + event.eventId() + "/holds", null, holdBody);
                        hold.add(System.nanoTime() - t0);
                        if (held.status() == 409) {
                            refused.incrementAndGet();
                            return null;
                        }
                        if (held.status() != 201) {
                            errors.incrementAndGet();
                            continue;
                        }
                        long t1 = System.nanoTime();
                        Http.Answer paid = http.post("/api/v1/public/holds/" + held.text("holdId") + "/checkout", null,
                                Map.of("buyerName", "Buyer " + buyer, "buyerEmail", "buyer" + buyer + "@bench.example"));
                        checkout.add(System.nanoTime() - t1);
                        if (paid.status() == 201) {
                            confirmed.incrementAndGet();
                            lastConfirmation.set(System.nanoTime());
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            start = System.nanoTime();
            go.countDown();
        }
        double seconds = (lastConfirmation.get() - start) / 1e9;
        // What a sale sets off after its answer (read models, live feed) is part of its cost: wait until it is done.
        meter.awaitQuietOutbox();
        CostMeter.Cost cost = CostMeter.between(before, meter.read(), confirmed.get());
        long sold = JdbcClient.create(dataSource)
                .sql("select count(*) from ticket where event_id = cast(:event as uuid) and status = 'VALID'")
                .param("event", event.eventId()).query(Long.class).single();
        return new Result(clients, capacity, confirmed.get(), refused.get(), errors.get(), seconds, confirmed.get() / seconds, hold, checkout,
                sold, cost);
    }

    private OnSaleStorm() {
    }
}
