package dev.marquee.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.server.MarqueeServer;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.LiveClient;
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
import org.springframework.test.context.ContextConfiguration;

/** A live connection lasts only as long as the sign-in it was opened with, whatever ends it. */
@SpringBootTest(classes = {MarqueeServer.class, MovableClockConfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "marquee.realtime.session-check-interval=200ms")
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class SessionEndTest {

    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    Api api;
    String admin;
    OrganizerId organizer;
    String username;
    String userId;

    @BeforeEach
    void createStaff() {
        api = new Api(port);
        admin = api.login("admin", "test-admin-password");
        organizer = OrganizerId.of(api.post("/api/v1/organizers", admin, new OrganizerRequest("Org " + UUID.randomUUID())).text("id"));
        username = "gate-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/v1/users", admin,
                new CreateUserRequest(username, "Gate person", PASSWORD, Set.of(Role.GATE), Set.of(organizer)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        userId = created.text("id");
    }

    @Test
    void logoutClosesTheSocketOfThatTokenOnly() {
        String token = api.login(username, PASSWORD);
        String otherToken = api.login(username, PASSWORD);
        try (LiveClient live = new LiveClient(port, token); LiveClient other = new LiveClient(port, otherToken)) {
            assertThat(api.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);

            awaitClosed(live, "4401 Session ended, sign in again");
            assertThat(other.isOpen()).isTrue();
        }
    }

    @Test
    void disablingTheAccountClosesItsSockets() {
        try (LiveClient live = new LiveClient(port, api.login(username, PASSWORD))) {
            update(Set.of(Role.GATE), false);

            awaitClosed(live, "4401 Session ended, sign in again");
        }
    }

    @Test
    void changingTheRolesClosesItsSockets() {
        try (LiveClient live = new LiveClient(port, api.login(username, PASSWORD))) {
            update(Set.of(Role.BOX_OFFICE), true);

            awaitClosed(live, "4401 Session ended, sign in again");
        }
    }

    @Test
    void revokingAKioskClosesItsSocket() {
        Map<String, String> kiosk = pair();
        try (LiveClient live = new LiveClient(port, kiosk.get("token"))) {
            assertThat(api.delete("/api/v1/devices/" + kiosk.get("deviceId"), admin).status()).isEqualTo(200);

            awaitClosed(live, "4401 Session ended, sign in again");
        }
    }

    @Test
    void aKioskThatLogsOutEndsItsDeviceToken() {
        Map<String, String> kiosk = pair();
        try (LiveClient live = new LiveClient(port, kiosk.get("token"))) {
            assertThat(api.post("/api/v1/auth/logout", kiosk.get("token"), null).status()).isEqualTo(204);

            awaitClosed(live, "4401 Session ended, sign in again");
            assertThat(api.get("/api/v1/gates?organizerId=" + organizer, kiosk.get("token")).status()).isEqualTo(401);
        }
    }

    @Test
    void anExpiredTokenClosesItsSocketAndIsRefusedAfterAFewSecondsOfSkew() {
        String token = api.login(username, PASSWORD);
        try (LiveClient live = new LiveClient(port, token)) {
            clock.advance(Duration.ofHours(12).plusSeconds(6));

            awaitClosed(live, "4401 Session expired, sign in again");
            assertThat(api.get("/api/v1/gates?organizerId=" + organizer, token).status()).isEqualTo(401);
        }
    }

    private void awaitClosed(LiveClient live, String closedWith) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(live.closedWith()).isEqualTo(closedWith));
    }

    private void update(Set<Role> roles, boolean enabled) {
        Api.Response updated = api.put("/api/v1/users/" + userId, admin, new UpdateUserRequest("Gate person", roles, Set.of(organizer), enabled, null));
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
    }

    private Map<String, String> pair() {
        Api.Response code = api.post("/api/v1/devices/pairing-codes", admin, Map.of("organizerId", organizer.toString(), "deviceName", "Gate 1"));
        assertThat(code.status()).as(code.raw()).isEqualTo(201);
        Api.Response paired = api.post("/api/v1/devices/pair", null, Map.of("code", code.text("code")));
        assertThat(paired.status()).as(paired.raw()).isEqualTo(201);
        return Map.of("token", paired.text("token"), "deviceId", paired.text("deviceId"));
    }
}
