package dev.marquee.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.SalesFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Sends junk to every operation of the published API description, signed in and anonymous: whatever comes back
 * must be a success or a 4xx problem detail, never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class OpenApiFuzzTest {

    private static final List<String> BODIES = List.of("", "[]", "\"x\"", "{\"a\":", "{\"id\":[1,{}],\"name\":{}}",
            "{\"items\":[{}],\"quantity\":-1,\"price\":{\"amountMinor\":1e400,\"currency\":\"XXX\"}}");
    private static final List<String> QUERIES = List.of("", "?=x&limit=-5&after=x&cursor=%E2%28&organizerId=nope&from=yesterday&status=NOPE&q="
            + "a".repeat(300));

    @LocalServerPort
    int port;

    @Test
    void answersJunkOnEveryOperationWithAClientErrorProblem() {
        Api api = new Api(port);
        String admin = api.login("admin", "test-admin-password");
        // A real published event too, so that event-scoped operations get past the lookup to the body.
        SalesFixture.Shop shop = new SalesFixture(api).shop(10, Map.of("Standing", new int[] {10, 3900}));
        List<String> pathValues = List.of("junk", "6b0e3f5c-1d1e-4c8e-9f57-0d1f0c9e5a11", "-1", "%20", shop.eventId());
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (path.getKey().endsWith("/auth/logout")) {
                continue; // would end the administrator's session for the rest of the run
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                for (String value : pathValues) {
                    for (String query : QUERIES) {
                        String target = path.getKey().replaceAll("\\{[^}]+}", value) + query;
                        for (String body : method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES) {
                            for (String token : new String[] {admin, null}) {
                                Api.Response response = api.raw(method, target, token, "application/json", body);
                                sent++;
                                String contentType = response.headers().firstValue("Content-Type").orElse("");
                                boolean clean = response.status() < 400
                                        || response.status() < 500 && contentType.startsWith("application/problem+json")
                                        && response.problemType().startsWith("https://marquee.dev/problems/");
                                if (!clean) {
                                    failures.add(method + " " + target + " " + body + " -> " + response.status() + " " + contentType + " "
                                            + response.raw());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }
}
