package dev.marquee.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.SalesFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The server behind a trusted proxy (every test connection comes from loopback, which is trusted here): the
 * rate limit and the hold cap count the client the proxy names, and the limit applies to the path as routed, however
 * it is spelled. Requests go over a plain socket, so nothing normalises the path on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "marquee.network.trusted-proxies=127.0.0.0/8,::1", "marquee.sales.public-requests-per-minute=5",
    "marquee.sales.public-hold-cap-per-address=3"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class PublicApiBehindProxyTest {

    private static int nextClient = 1;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private record Answer(int status, String raw) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/public/events", "/api/v1/%70ublic/events", "/api/v1/%70%75%62%6C%69%63/events",
        "/api/v1/pub%6cic/events?limit=5", "/api/v1/public;x=1/events", "/api/v1/public/events;jsessionid=0123",
        "/api/v1//public/events", "/api//v1/public/events", "/api/v1/./public/events", "/api/v1/other/../public/events",
        "/api/v1/%2e/public/events", "/api/v1/PUBLIC/events", "/api/v1/Public/events"})
    void limitsThePublicApiHoweverItsPathIsSpelled(String path) throws IOException {
        String client = "203.0.113." + nextClient();
        List<Integer> statuses = new ArrayList<>();
        Answer last = null;
        // Eleven requests overflow five per minute even if a minute boundary falls in between.
        for (int i = 0; i < 11 && (last == null || last.status() != 429); i++) {
            last = get(path, client);
            statuses.add(last.status());
        }

        assertThat(last.status()).as("statuses of %s: %s", path, statuses).isEqualTo(429);
        assertThat(last.raw()).contains(ProblemTypes.TOO_MANY_REQUESTS.toString());
    }

    @Test
    void anEncodedPublicPathIsRoutedLikeThePlainOne() throws IOException {
        assertThat(get("/api/v1/%70ublic/events", "203.0.113." + nextClient()).status())
                .as("the spelling the limit must not miss really reaches the public API").isEqualTo(200);
    }

    @Test
    void countsTheHoldsOfTheClientTheProxyNames() throws IOException {
        Api api = new Api(port);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {100, 3900});
        SalesFixture.Shop shop = new SalesFixture(api).shop(100, types);
        String path = "/api/v1/public/events/" + shop.eventId() + "/holds";
        String body = SalesFixture.holdBody(shop.type("Standing"), 1);

        for (int i = 0; i < 3; i++) {
            assertThat(post(path, "198.51.100.20", body).status()).isEqualTo(201);
        }
        Answer refused = post(path, "198.51.100.20", body);
        Answer forgedPrefix = post(path, "192.0.2.99, 198.51.100.20", body);
        Answer someoneElse = post(path, "198.51.100.21", body);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.raw()).contains(ProblemTypes.HOLD_LIMIT_REACHED.toString());
        assertThat(forgedPrefix.status()).as("what the client wrote left of the proxy's hop is not believed").isEqualTo(429);
        assertThat(someoneElse.status()).isEqualTo(201);
        assertThat(jdbc.sql("select client_address from hold where event_id = cast(:event as uuid) order by created_at")
                .param("event", shop.eventId()).query(String.class).list())
                .containsOnly("198.51.100.20", "198.51.100.21");
    }

    private static synchronized int nextClient() {
        return nextClient++;
    }

    private Answer get(String path, String forwardedFor) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nX-Forwarded-For: " + forwardedFor
                + "\r\nConnection: close\r\n\r\n");
    }

    private Answer post(String path, String forwardedFor, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n" + json);
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(raw.split(" ", 3)[1]), raw);
        }
    }
}
