package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.server.MarqueeServer;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.MovableClock;
import dev.marquee.server.support.MovableClockConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Login and pairing throttles, with clients on different loopback addresses as if on different machines. The
 * limits are counted in the database, so these run on H2 and PostgreSQL.
 */
@SpringBootTest(classes = {MarqueeServer.class, MovableClockConfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "marquee.security.login.max-failures-per-account=8", "marquee.security.pairing.max-failures-per-address=3"})
@ActiveProfiles("test")
abstract class SignInThrottleScenarios {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    String admin;
    String username;
    OrganizerId organizer;

    @BeforeEach
    void createAccount() {
        Api api = new Api(port);
        admin = api.login("admin", "test-admin-password");
        organizer = OrganizerId.of(api.post("/api/v1/organizers", admin, new OrganizerRequest("Org " + UUID.randomUUID())).text("id"));
        username = "seller-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/v1/users", admin,
                new CreateUserRequest(username, "Seller", PASSWORD, Set.of(Role.BOX_OFFICE), Set.of(organizer)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        Api stranger = from("127.0.0.2");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(login(stranger, "guess-" + attempt).status()).isEqualTo(401);
        }

        Api.Response strangerAgain = login(stranger, PASSWORD);
        Api.Response owner = login(from("127.0.0.3"), PASSWORD);

        assertThat(strangerAgain.status()).isEqualTo(429);
        assertThat(strangerAgain.problemType()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS.toString());
        assertThat(retryAfter(strangerAgain)).isBetween(1L, 60L);
        assertThat(owner.status()).as(owner.raw()).isEqualTo(200);
    }

    @Test
    void eachFailureBeyondTheLimitDoublesTheWait() {
        Api guesser = from("127.0.0.4");
        for (int attempt = 0; attempt < 5; attempt++) {
            login(guesser, "guess-" + attempt);
        }
        assertThat(retryAfter(login(guesser, "guess"))).isBetween(1L, 60L);

        clock.advance(Duration.ofSeconds(61));
        assertThat(login(guesser, "guess-after-a-minute").status()).isEqualTo(401);

        Api.Response throttled = login(guesser, "guess");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(retryAfter(throttled)).isBetween(61L, 120L);
    }

    @Test
    void guessingFromManyAddressesStopsAtTheAccountCeiling() {
        for (int address = 10; address < 14; address++) {
            Api guesser = from("127.0.0." + address);
            assertThat(login(guesser, "guess-1").status()).isEqualTo(401);
            assertThat(login(guesser, "guess-2").status()).isEqualTo(401);
        }

        Api.Response fresh = login(from("127.0.0.14"), PASSWORD);

        assertThat(fresh.status()).isEqualTo(429);
        assertThat(retryAfter(fresh)).isPositive();
    }

    @Test
    void wrongPairingCodesAreThrottledPerAddressAndAudited() {
        Api guesser = from("127.0.0.20");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(pair(guesser, "WRONG" + attempt).status()).isEqualTo(404);
        }

        Api.Response throttled = pair(guesser, "WRONG9");
        Api.Response elsewhere = pair(from("127.0.0.21"), "WRONG9");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS.toString());
        assertThat(retryAfter(throttled)).isBetween(1L, 600L);
        assertThat(elsewhere.status()).isEqualTo(404);
        Api api = new Api(port);
        assertThat(api.get("/api/v1/audit?action=PAIRING_FAILED&limit=500", admin).body().path("items").valueStream()
                .filter(entry -> "127.0.0.20".equals(entry.path("address").asString()))).hasSize(3);
        assertThat(api.get("/api/v1/audit?action=PAIRING_THROTTLED&limit=500", admin).body().path("items").valueStream()
                .filter(entry -> "127.0.0.20".equals(entry.path("address").asString()))).hasSize(1);
        // The limit is per address: a kiosk elsewhere pairs with a genuine code.
        Api.Response code = api.post("/api/v1/devices/pairing-codes", admin, Map.of("organizerId", organizer.toString(), "deviceName", "Gate 1"));
        assertThat(pair(from("127.0.0.22"), code.text("code")).status()).isEqualTo(201);
    }

    private Api from(String address) {
        return new Api(port, address);
    }

    private Api.Response login(Api client, String password) {
        return client.post("/api/v1/auth/login", null, Map.of("username", username, "password", password));
    }

    private static Api.Response pair(Api client, String code) {
        return client.post("/api/v1/devices/pair", null, Map.of("code", code));
    }

    private static long retryAfter(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(429);
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }
}
