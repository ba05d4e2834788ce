package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.OrganizerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void notesBeingSeenAtMostOnceAMinute() {
        Device device = new Device(OrganizerId.random(), "Gate 1", NOW);

        device.seen(NOW);
        device.seen(NOW.plusSeconds(30));
        assertThat(device.view().lastSeenAt()).isEqualTo(NOW);
        device.seen(NOW.plusSeconds(61));

        assertThat(device.view().lastSeenAt()).isEqualTo(NOW.plusSeconds(61));
    }

    @Test
    void staysRevokedFromTheFirstTime() {
        Device device = new Device(OrganizerId.random(), "Gate 1", NOW);

        device.revoke(NOW);
        device.revoke(NOW.plusSeconds(60));

        assertThat(device.revoked()).isTrue();
        assertThat(device.view().revokedAt()).isEqualTo(NOW);
    }
}
