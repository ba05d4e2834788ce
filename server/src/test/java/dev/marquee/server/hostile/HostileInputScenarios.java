package dev.marquee.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.SalesFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hostile and careless input over real HTTP, each case once found by fuzzing: every one must answer a 4xx problem
 * detail with a stable type, never a 5xx or an HTML page. Subclasses run them on H2 and on PostgreSQL, where
 * foreign keys, check constraints and aborted transactions behave differently.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "marquee.http.max-body-size=64KB")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
abstract class HostileInputScenarios {

    private static final String UNKNOWN = "6b0e3f5c-1d1e-4c8e-9f57-0d1f0c9e5a11";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    SalesFixture fixture;
    SalesFixture.Shop shop;
    String admin;

    @BeforeEach
    void openShop() {
        api = new Api(port);
        fixture = new SalesFixture(api);
        admin = api.login("admin", "test-admin-password");
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {50, 3900});
        shop = fixture.shop(60, types);
    }

    @Test
    void refusesAnEmptyQueryParameterName() {
        assertProblem(api.get("/api/v1/public/events?=x", null), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.get("/api/v1/events?=x&limit=5", shop.organizerToken()), 400, ProblemTypes.MALFORMED_REQUEST);
    }

    @Test
    void refusesCursorsThatDoNotDecode() {
        String farFuture = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("99999999999999999:0:" + UNKNOWN).getBytes(StandardCharsets.UTF_8));
        for (String cursor : new String[] {"not-a-cursor", "AAAA", farFuture, "_-_-"}) {
            assertProblem(api.get("/api/v1/public/events?cursor=" + cursor, null), 400, ProblemTypes.VALIDATION_FAILED);
            assertProblem(api.get("/api/v1/events?cursor=" + cursor, shop.organizerToken()), 400, ProblemTypes.VALIDATION_FAILED);
        }
    }

    @Test
    void refusesNullItemsInAHold() {
        assertProblem(api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, "{\"items\":[null]}"), 400,
                ProblemTypes.VALIDATION_FAILED);
        assertProblem(api.post("/api/v1/events/" + shop.eventId() + "/holds", shop.boxOfficeToken(), "{\"items\":[null]}"), 400,
                ProblemTypes.VALIDATION_FAILED);
    }

    @Test
    void refusesPricesOutsideTheBounds() {
        String path = "/api/v1/events/" + shop.eventId() + "/ticket-types";
        assertProblem(api.post(path, shop.organizerToken(), ticketType(Long.MAX_VALUE - 1, 10)), 400, ProblemTypes.VALIDATION_FAILED);
        assertProblem(api.post(path, shop.organizerToken(), ticketType(100_000_001L, 10)), 400, ProblemTypes.VALIDATION_FAILED);
        assertProblem(api.put(path + "/" + shop.type("Standing"), shop.organizerToken(), ticketType(-1, 50)), 400,
                ProblemTypes.VALIDATION_FAILED);
        assertThat(api.post(path, shop.organizerToken(), ticketType(100_000_000L, 10)).status()).isEqualTo(201);
    }

    @Test
    void refusesAHoldWhoseTotalOverflows() {
        // A price stored before the bound existed: the total of a few tickets no longer fits in a long.
        jdbc.sql("update ticket_type set price_minor = :price where id = :id").param("price", Long.MAX_VALUE / 2)
                .param("id", UUID.fromString(shop.type("Standing"))).update();
        assertProblem(api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, SalesFixture.holdBody(shop.type("Standing"), 3)),
                400, ProblemTypes.AMOUNT_OUT_OF_RANGE);
        assertThat(api.get("/api/v1/public/events/" + shop.eventId(), null).raw()).contains("\"available\":50");
    }

    @Test
    void refusesAmountsOfCashOutsideTheBounds() {
        assertProblem(api.post("/api/v1/shifts", shop.boxOfficeToken(),
                "{\"till\":\"Counter 9\",\"openingFloat\":{\"amountMinor\":" + Long.MAX_VALUE + ",\"currency\":\"EUR\"}}"), 400,
                ProblemTypes.VALIDATION_FAILED);
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        String body = "{\"username\":\"long-%s\",\"displayName\":\"Long\",\"password\":\"%s\",\"roles\":[\"BOX_OFFICE\"],"
                + "\"organizerIds\":[\"" + shop.organizer() + "\"]}";
        assertProblem(api.post("/api/v1/users", admin, body.formatted("a", "x".repeat(73))), 400, ProblemTypes.VALIDATION_FAILED);
        // 40 characters but 80 bytes in UTF-8.
        assertProblem(api.post("/api/v1/users", admin, body.formatted("b", "é".repeat(40))), 400, ProblemTypes.VALIDATION_FAILED);
        assertThat(api.post("/api/v1/users", admin, body.formatted("c", "x".repeat(72))).status()).isEqualTo(201);
        // BCrypt would compare only the first 72 bytes, so a longer password would sign in as if it were its prefix.
        assertProblem(api.post("/api/v1/auth/login", null, "{\"username\":\"long-c\",\"password\":\"" + "x".repeat(200) + "\"}"), 400,
                ProblemTypes.VALIDATION_FAILED);
    }

    @Test
    void answersUnknownOrganizersWithNotFound() {
        assertProblem(api.post("/api/v1/gates", admin, "{\"organizerId\":\"" + UNKNOWN + "\",\"name\":\"North\"}"), 404,
                ProblemTypes.NOT_FOUND);
        assertProblem(api.post("/api/v1/devices/pairing-codes", admin, "{\"organizerId\":\"" + UNKNOWN + "\",\"deviceName\":\"Kiosk\"}"),
                404, ProblemTypes.NOT_FOUND);
        assertProblem(api.post("/api/v1/shifts", admin, "{\"till\":\"Counter 1\",\"openingFloat\":{\"amountMinor\":0,\"currency\":\"EUR\"},"
                + "\"organizerId\":\"" + UNKNOWN + "\"}"), 404, ProblemTypes.NOT_FOUND);
        assertProblem(api.post("/api/v1/venues", admin, "{\"organizerId\":\"" + UNKNOWN
                + "\",\"name\":\"Hall\",\"address\":\"Street\",\"capacity\":10,\"timeZone\":\"Europe/Berlin\"}"), 404, ProblemTypes.NOT_FOUND);
    }

    @Test
    void deletesADraftWithItsTicketTypesAndQuotas() {
        Api.Response venue = api.post("/api/v1/venues", shop.organizerToken(), "{\"organizerId\":\"" + shop.organizer()
                + "\",\"name\":\"Annex\",\"address\":\"2 Quay Street\",\"capacity\":100,\"timeZone\":\"Europe/Berlin\"}");
        Api.Response draft = api.post("/api/v1/events", shop.organizerToken(), "{\"venueId\":\"" + venue.text("id")
                + "\",\"title\":\"Draft\",\"startsAt\":\"2031-05-01T20:00:00\",\"endsAt\":\"2031-05-01T22:00:00\"}");
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        String event = "/api/v1/events/" + draft.text("id");
        Api.Response quota = api.post(event + "/quotas", shop.organizerToken(), "{\"name\":\"House\",\"capacity\":50}");
        assertThat(api.post(event + "/ticket-types", shop.organizerToken(), ticketType(1000, 50).replace("\"quotaIds\":[]",
                "\"quotaIds\":[\"" + quota.text("id") + "\"]")).status()).isEqualTo(201);

        assertThat(api.delete(event, shop.organizerToken()).status()).isEqualTo(204);
        assertProblem(api.get(event, shop.organizerToken()), 404, ProblemTypes.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from ticket_type where event_id = :id").param("id", UUID.fromString(draft.text("id")))
                .query(Long.class).single()).isZero();
    }

    @Test
    void answersUnsupportedMethodsWithAProblem() throws Exception {
        for (String method : new String[] {"TRACE", "PATCH", "PROPFIND", "FOO"}) {
            assertProblem(raw(method + " /api/v1/public/events HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n"), 405,
                    ProblemTypes.METHOD_NOT_ALLOWED);
        }
    }

    @Test
    void answersPathsTheFirewallRejectsWithAProblem() throws Exception {
        for (String path : new String[] {"/api/v1//public/events", "/api/v1/public/%2e%2e/events", "/api/v1/public/events;x=1",
                "/api/v1/public/events%25", "/api/v1/public/%2e/events", "/api/v1/public%2Fevents", "/api/v1/public/events%00",
                "/api/v1/public\\events", "/api/v1/public/events/%ZZ"}) {
            RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.body()).as(path).contains(ProblemTypes.MALFORMED_REQUEST.toString());
        }
    }

    @Test
    void refusesBodiesOverTheLimit() throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organizers"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json");
        HttpResponse<String> sized = http.send(request.copy().POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(sized, 413, ProblemTypes.PAYLOAD_TOO_LARGE);
        // Without a Content-Length: the body arrives chunked and is counted as it is read.
        HttpResponse<String> chunked = http.send(request.copy().POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big))).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, 413, ProblemTypes.PAYLOAD_TOO_LARGE);
        assertProblem(api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                "{\"items\":[" + ("{\"ticketTypeId\":\"" + UNKNOWN + "\",\"quantity\":1},").repeat(2000) + "null]}"), 413,
                ProblemTypes.PAYLOAD_TOO_LARGE);
    }

    @Test
    void refusesNumbersThatAreNotIntegersWhereIntegersBelong() {
        String path = "/api/v1/public/events/" + shop.eventId() + "/holds";
        String type = shop.type("Standing");
        assertProblem(api.post(path, null, "{\"items\":[{\"ticketTypeId\":\"" + type + "\",\"quantity\":1.5}]}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post(path, null, "{\"items\":[{\"ticketTypeId\":\"" + type + "\",\"quantity\":\"1\"}]}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post(path, null, "{\"items\":[{\"ticketTypeId\":\"" + type + "\",\"quantity\":1e0}]}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post(path, null, "{\"items\":[{\"ticketTypeId\":\"" + type + "\",\"quantity\":true}]}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/shifts", shop.boxOfficeToken(),
                "{\"till\":\"Counter 9\",\"openingFloat\":{\"amountMinor\":\"100\",\"currency\":\"EUR\"}}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
        assertThat(api.post(path, null, "{\"items\":[{\"ticketTypeId\":\"" + type + "\",\"quantity\":1}]}").status()).isEqualTo(201);
    }

    @Test
    void refusesControlCharactersAndLoneSurrogatesInText() {
        assertProblem(api.post("/api/v1/organizers", admin, "{\"name\":\"Evil\\u0000Org\"}"), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/organizers", admin, "{\"name\":\"Evil\\nOrg\"}"), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/organizers", admin, "{\"name\":\"Evil\\u001bOrg\"}"), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/organizers", admin, "{\"name\":\"Evil\\ud800Org\"}"), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/organizers", admin, "{\"name\":\"Evil\\udc00\\ud800Org\"}"), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/organizers", admin, "{\"name\":\"Evil\\u0085Org\"}"), 400, ProblemTypes.MALFORMED_REQUEST);
        assertProblem(api.post("/api/v1/auth/login", null, "{\"username\":\"admin\\u0000\",\"password\":\"x\"}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
        // Multi-line fields keep their newlines and tabs; characters beyond the BMP are ordinary text.
        Api.Response venue = api.post("/api/v1/venues", shop.organizerToken(), "{\"organizerId\":\"" + shop.organizer()
                + "\",\"name\":\"Hall \\ud83c\\udfb5\",\"address\":\"1 Quay Street\\n\\tDublin\",\"capacity\":10,"
                + "\"timeZone\":\"Europe/Berlin\"}");
        assertThat(venue.status()).as(venue.raw()).isEqualTo(201);
        assertThat(venue.text("address")).isEqualTo("1 Quay Street\n\tDublin");
        assertThat(venue.text("name")).isEqualTo("Hall \ud83c\udfb5");
        assertProblem(api.post("/api/v1/venues", shop.organizerToken(), "{\"organizerId\":\"" + shop.organizer()
                + "\",\"name\":\"Hall\",\"address\":\"1 Quay\\u0007 Street\",\"capacity\":10,\"timeZone\":\"Europe/Berlin\"}"), 400,
                ProblemTypes.MALFORMED_REQUEST);
    }

    @Test
    void logsClientErrorsWithoutStackTraces(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, "{\"items\":[{\"quantity\":1.5}]}");
        api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, "{\"items\":");
        api.get("/api/v1/public/events?cursor=zzz", null);
        raw("TRACE /api/v1/public/events HTTP/1.1\r\nHost: localhost\r\n\r\n");
        raw("GET /api/v1//public/events HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(output.getAll().substring(before)).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    private static String ticketType(long priceMinor, int capacity) {
        return "{\"name\":\"Type " + UUID.randomUUID().toString().substring(0, 6) + "\",\"price\":{\"amountMinor\":" + priceMinor
                + ",\"currency\":\"EUR\"},\"capacity\":" + capacity + ",\"maxPerOrder\":10,\"visibility\":\"PUBLIC\",\"quotaIds\":[]}";
    }

    private static void assertProblem(Api.Response response, int status, URI type) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.raw()).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.problemType()).as(response.raw()).isEqualTo(type.toString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, URI type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"" + type + "\"");
    }

    private void assertProblem(RawResponse response, int status, URI type) {
        assertThat(response.status()).as(response.head() + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.head()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"" + type + "\"");
    }

    /** What a plain socket read back: enough of HTTP/1.1 to see status, content type and body. */
    record RawResponse(int status, String head, String contentType, String body) {
    }

    /** Sends bytes exactly as written, for methods and paths that HTTP client libraries refuse or normalise. */
    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new RawResponse(status, head, contentType, body);
        }
    }
}
