package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.OpenApiContract;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Per-address limits: on guessing passwords across accounts, and on the public API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"marquee.security.login.max-failures-per-address=4", "marquee.sales.public-requests-per-minute=5"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
@ExtendWith(OpenApiContract.class)
class AddressThrottleTest {

    @LocalServerPort
    int port;

    @Test
    void throttlesAnAddressThatTriesManyAccounts() {
        Api api = new Api(port);
        for (int i = 0; i < 4; i++) {
            assertThat(api.post("/api/v1/auth/login", null, Map.of("username", "guess" + i, "password", "x")).status()).isEqualTo(401);
        }

        Api.Response throttled = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "test-admin-password"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS.toString());
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void limitsRequestsPerAddressOnThePublicApi() {
        Api api = new Api(port);
        Api.Response last = null;
        // Eleven requests overflow five per minute even if a minute boundary falls in between.
        for (int i = 0; i < 11 && (last == null || last.status() != 429); i++) {
            last = api.get("/api/v1/public/events", null);
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.problemType()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS.toString());
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }
}
