package dev.marquee.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/**
 * Kiosks scanning at once: each redeems distinct valid tickets online, and one scan in ten repeats a ticket that
 * was already admitted. Checks that every ticket was admitted exactly once.
 */
final class RedeemStorm {

    /** What the storm measured. */
    record Result(int kiosks, int tickets, int scans, int admitted, int alreadyAdmitted, int other, double seconds, double redeemsPerSecond,
            Latencies latency, int admittedOnServer, CostMeter.Cost cost) {
    }

    static Result run(Http http, Stage stage, DataSource dataSource, int tickets, int kiosks) throws Exception {
        Stage.Event event = stage.event(tickets, 100);
        List<String> tokens = new ArrayList<>();
        for (int sold = 0; sold < tickets; sold += 100) {
            int quantity = Math.min(100, tickets - sold);
            Http.Answer hold = Stage.ok(http.post("/api/v1/events/" + event.eventId() + "/holds", stage.admin(),
                    "{\"items\":[{\"ticketTypeId\":\"" + event.ticketTypeId() + "\",\"quantity\":" + quantity + "}]}"), 201);
            Http.Answer sale = Stage.ok(http.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", stage.admin(),
                    Map.of("method", "COMPLIMENTARY", "reason", "bench")), 201);
            for (JsonNode ticket : sale.body().path("order").path("tickets")) {
                tokens.add(ticket.path("qrText").asString());
            }
        }
        String list = Stage.ok(http.post("/api/v1/events/" + event.eventId() + "/checkin-lists", stage.admin(),
                Map.of("name", "Main", "ticketTypeIds", List.of(event.ticketTypeId()), "allowExit", false, "allowReentry", false)), 201)
                .text("id");
        List<String> kioskTokens = new ArrayList<>();
        for (int i = 0; i < kiosks; i++) {
            String code = Stage.ok(http.post("/api/v1/devices/pairing-codes", stage.admin(),
                    Map.of("organizerId", event.organizerId(), "deviceName", "Bench kiosk " + i)), 201).text("code");
            kioskTokens.add(Stage.ok(http.post("/api/v1/devices/pair", null, Map.of("code", code)), 201).text("token"));
        }
        awaitProjection(http, stage, list, tickets);

        Collections.shuffle(tokens);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tokens);
        List<String> admittedTokens = new CopyOnWriteArrayList<>();
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        Latencies latency = new Latencies();
        CountDownLatch go = new CountDownLatch(1);
        CostMeter meter = new CostMeter(dataSource);
        CostMeter.Reading before = meter.read();
        long start;
        try (ExecutorService gates = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int k = 0; k < kiosks; k++) {
                String kiosk = kioskTokens.get(k);
                String gate = "Gate " + k;
                gates.submit(() -> {
                    go.await();
                    String token;
                    while ((token = queue.poll()) != null) {
                        scan(http, kiosk, list, gate, token, latency, admitted, already, other, admittedTokens);
                        if (ThreadLocalRandom.current().nextInt(10) == 0 && !admittedTokens.isEmpty()) {
                            String again = admittedTokens.get(ThreadLocalRandom.current().nextInt(admittedTokens.size()));
                            scan(http, kiosk, list, gate, again, latency, admitted, already, other, null);
                        }
                    }
                    return null;
                });
            }
            start = System.nanoTime();
            go.countDown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int scans = latency.count();
        meter.awaitQuietOutbox();
        CostMeter.Cost cost = CostMeter.between(before, meter.read(), scans);
        int onServer = http.get("/api/v1/checkin/lists/" + list + "/attendance", stage.admin(), false).body().path("admitted").asInt();
        return new Result(kiosks, tickets, scans, admitted.get(), already.get(), other.get(), seconds, scans / seconds, latency, onServer,
                cost);
    }

    private static void scan(Http http, String kiosk, String list, String gate, String token, Latencies latency, AtomicInteger admitted,
            AtomicInteger already, AtomicInteger other, List<String> admittedTokens) {
        long t0 = System.nanoTime();
        Http.Answer answer = http.post("/api/v1/checkin/redeem", kiosk, Map.of("token", token, "listId", list, "gate", gate,
                "scanId", UUID.randomUUID().toString(), "scannedAt", java.time.Instant.now().toString()));
        latency.add(System.nanoTime() - t0);
        String verdict = answer.body().path("verdict").asString();
        if ("ADMITTED".equals(verdict)) {
            admitted.incrementAndGet();
            if (admittedTokens != null) {
                admittedTokens.add(token);
            }
        } else if ("ALREADY_ADMITTED".equals(answer.body().path("reason").asString())) {
            already.incrementAndGet();
        } else {
            other.incrementAndGet();
        }
    }

    private static void awaitProjection(Http http, Stage stage, String list, int tickets) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            int expected = http.get("/api/v1/checkin/lists/" + list + "/attendance", stage.admin(), false).body().path("expected").asInt();
            if (expected >= tickets) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The check-in projection did not catch up with " + tickets + " tickets");
    }

    private RedeemStorm() {
    }
}
