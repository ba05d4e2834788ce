package dev.marquee.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.VenueRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client retries and how it reads error answers, against a small scripted HTTP server that answers each
 * request with the next prepared reply.
 */
class RetryAndProblemMappingTest {

    private static final String PROBLEM = "application/problem+json";

    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Holds back the answers of stalling replies until the test is over, so only the client's timeout ends the wait. */
    private final CountDownLatch testOver = new CountDownLatch(1);
    private HttpServer server;
    private MarqueeClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = MarqueeClient.builder(URI.create("http://localhost:" + server.getAddress().getPort()))
                .retryBackoff(Duration.ofMillis(5))
                .readTimeout(Duration.ofMillis(500))
                .build();
    }

    @AfterEach
    void stopServer() {
        testOver.countDown();
        client.close();
        server.stop(0);
    }

    @Test
    void retriesAGetAfterAnUnavailableGateway() {
        replies.add(new Reply(503, "text/html", "<h1>Service Unavailable</h1>"));
        replies.add(new Reply(502, "text/html", "<h1>Bad Gateway</h1>"));
        replies.add(new Reply(200, "application/json", "[]"));

        assertThat(client.catalog().organizers()).isEmpty();
        assertThat(seen).hasSize(3);
    }

    @Test
    void givesUpAfterTwoRetriesWithAMessageForAPerson() {
        for (int i = 0; i < 3; i++) {
            replies.add(new Reply(504, "text/html", "<h1>Gateway Timeout</h1>"));
        }

        ServerErrorException failure = catchThrowableOfType(ServerErrorException.class, () -> client.catalog().organizers());

        assertThat(seen).hasSize(3);
        assertThat(failure.status()).isEqualTo(504);
        assertThat(failure.getMessage()).startsWith("The Marquee server ran into a problem (HTTP 504). Try again in a moment");
    }

    @Test
    void retriesAPostWithAKeyAndSendsTheSameKeyEachTime() {
        replies.add(new Reply(503, "text/plain", "busy"));
        replies.add(new Reply(201, "application/json",
                "{\"id\":\"" + OrganizerId.random() + "\",\"name\":\"Dock Club\",\"createdAt\":\"2026-11-22T10:00:00Z\"}"));
        IdempotencyKey click = IdempotencyKey.next();

        OrganizerView created = client.catalog().createOrganizer(new OrganizerRequest("Dock Club"), click);

        assertThat(created.name()).isEqualTo("Dock Club");
        assertThat(seen).extracting(Seen::idempotencyKey).containsExactly(click.value(), click.value());
    }

    @Test
    void asksAgainAfterRetryAfterWhileTheFirstAttemptOfAKeyedPostStillRuns() {
        replies.add(new Reply(409, PROBLEM, problem("idempotency-in-progress", "Still in progress", null, ""))
                .withHeader("Retry-After", "1"));
        replies.add(new Reply(201, "application/json",
                "{\"id\":\"" + OrganizerId.random() + "\",\"name\":\"Dock Club\",\"createdAt\":\"2026-11-22T10:00:00Z\"}"));
        IdempotencyKey click = IdempotencyKey.next();

        OrganizerView created = client.catalog().createOrganizer(new OrganizerRequest("Dock Club"), click);

        assertThat(created.name()).isEqualTo("Dock Club");
        assertThat(seen).extracting(Seen::idempotencyKey).containsExactly(click.value(), click.value());
    }

    @Test
    void sendsEvenAGetOnceWhenRetriesAreSwitchedOff() {
        replies.add(new Reply(503, "text/html", "<h1>Service Unavailable</h1>"));

        try (MarqueeClient once = MarqueeClient.builder(URI.create("http://localhost:" + server.getAddress().getPort())).maxRetries(0).build()) {
            catchThrowableOfType(ServerErrorException.class, () -> once.catalog().organizers());
        }

        assertThat(seen).hasSize(1);
    }

    @Test
    void doesNotRetryAnOrdinaryConflict() {
        replies.add(new Reply(409, PROBLEM, problem("sold-out", "Sold out", null, "")));

        catchThrowableOfType(ConflictException.class,
                () -> client.catalog().createOrganizer(new OrganizerRequest("Dock Club"), IdempotencyKey.next()));

        assertThat(seen).hasSize(1);
    }

    @Test
    void neverRetriesAPostWithoutAKey() {
        replies.add(new Reply(503, "text/plain", "busy"));

        catchThrowableOfType(ServerErrorException.class, () -> client.login("admin", "secret"));

        assertThat(seen).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.idempotencyKey()).isNull();
        });
    }

    @Test
    void neverRetriesAPut() {
        replies.add(new Reply(503, "text/plain", "busy"));

        catchThrowableOfType(ServerErrorException.class, () -> client.catalog().updateVenue(VenueId.of("6f1c1c66-0d5e-4b55-9a1f-3f1f9a7f2c11"),
                new VenueRequest(OrganizerId.random(), "Shed", "Pier 7", 10, "Europe/Berlin")));

        assertThat(seen).singleElement().extracting(Seen::method).isEqualTo("PUT");
    }

    @Test
    void aKeylessPostThatTimesOutSaysItMayHaveGoneThrough() {
        replies.add(Reply.stalling());

        ServerUnreachableException failure = catchThrowableOfType(ServerUnreachableException.class, () -> client.login("admin", "x"));

        assertThat(failure.timedOut()).isTrue();
        assertThat(failure.getMessage()).endsWith("did not answer in time. It may or may not have gone through; check before trying again.");
    }

    @Test
    void readsTheRetryAfterOfATooManyRequestsAnswer() {
        replies.add(new Reply(429, PROBLEM, problem("too-many-requests", "Too many attempts", null, ",\"retryAfterSeconds\":7"))
                .withHeader("Retry-After", "7"));

        RateLimitedException failure = catchThrowableOfType(RateLimitedException.class, () -> client.login("admin", "x"));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(failure.getMessage()).isEqualTo("Too many attempts. Wait 7 seconds and try again.");
    }

    @Test
    void keepsTheTraceIdOfAnInternalError() {
        replies.add(new Reply(500, PROBLEM, problem("internal-error", "Internal error",
                "Something went wrong on the server. Try again; if it keeps happening, report trace id abc-123.", ",\"traceId\":\"abc-123\"")));

        ServerErrorException failure = catchThrowableOfType(ServerErrorException.class, () -> client.catalog().organizers());

        assertThat(seen).hasSize(1);
        assertThat(failure.type()).isEqualTo(ProblemTypes.INTERNAL_ERROR);
        assertThat(failure.traceId()).contains("abc-123");
        assertThat(failure.getMessage()).endsWith("report trace id abc-123.");
    }

    @Test
    void aMissingOpenShiftIsEmptyRatherThanAnError() {
        replies.add(new Reply(404, PROBLEM, problem("not-found", "Not found", "An open shift of yours was not found.", "")));

        assertThat(client.boxOffice().currentShift()).isEmpty();
    }

    @Test
    void anAnswerWithoutAProblemDocumentStillReadsWell() {
        replies.add(new Reply(403, "text/html", "<html>nope</html>"));

        ForbiddenException failure = catchThrowableOfType(ForbiddenException.class, () -> client.catalog().organizers());

        assertThat(failure.type()).hasToString("about:blank");
        assertThat(failure.getMessage()).isEqualTo("Your role does not allow this. Ask an administrator if you need it.");
    }

    private static String problem(String slug, String title, String detail, String extra) {
        return "{\"type\":\"" + ProblemTypes.BASE + slug + "\",\"title\":\"" + title + "\""
                + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + extra + "}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Idempotency-Key")));
        exchange.getRequestBody().readAllBytes();
        Reply reply = replies.poll();
        if (reply == null) {
            reply = new Reply(500, "text/plain", "no reply prepared");
        }
        if (reply.stalls()) {
            try {
                testOver.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        if (reply.header() != null) {
            exchange.getResponseHeaders().add(reply.header(), reply.headerValue());
        }
        try {
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException ignored) {
            // the client stopped waiting for this answer
        } finally {
            exchange.close();
        }
    }

    private record Seen(String method, String idempotencyKey) {
    }

    private record Reply(int status, String contentType, String body, String header, String headerValue, boolean stalls) {

        Reply(int status, String contentType, String body) {
            this(status, contentType, body, null, null, false);
        }

        /** An answer that comes only after the test, long after any read timeout. */
        static Reply stalling() {
            return new Reply(200, "application/json", "{}", null, null, true);
        }

        Reply withHeader(String name, String value) {
            return new Reply(status, contentType, body, name, value, stalls);
        }
    }
}
