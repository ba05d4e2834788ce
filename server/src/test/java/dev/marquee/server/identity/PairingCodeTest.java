package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.OrganizerId;
import dev.marquee.server.platform.IllegalTransitionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PairingCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void pairsTheDeviceItNamesForItsOrganizer() {
        OrganizerId organizer = OrganizerId.random();
        PairingCode code = PairingCode.issue(organizer, "Gate 1", "olga", NOW);

        Device device = code.redeem(NOW.plusSeconds(60));

        assertThat(device.organizerId()).isEqualTo(organizer);
        assertThat(device.name()).isEqualTo("Gate 1");
        assertThat(device.revoked()).isFalse();
    }

    @Test
    void worksOnlyOnce() {
        PairingCode code = PairingCode.issue(OrganizerId.random(), "Gate 1", "olga", NOW);
        code.redeem(NOW);

        assertThat(code.stateAt(NOW)).isEqualTo(PairingCode.State.USED);
        assertThatThrownBy(() -> code.redeem(NOW)).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("used");
    }

    @Test
    void expiresAfterAQuarterOfAnHour() {
        PairingCode code = PairingCode.issue(OrganizerId.random(), "Gate 1", "olga", NOW);

        assertThat(code.stateAt(NOW.plus(PairingCode.TTL).minusSeconds(1))).isEqualTo(PairingCode.State.OPEN);
        assertThat(code.stateAt(NOW.plus(PairingCode.TTL))).isEqualTo(PairingCode.State.EXPIRED);
    }

    @Test
    void readsTypedCodesInAnyCaseWithDashes() {
        assertThat(PairingCode.normalise(" acde-fghj ")).isEqualTo("ACDEFGHJ");
        assertThat(PairingCode.issue(OrganizerId.random(), "Gate 1", "olga", NOW).getId()).matches("[ACDEFGHJKMNPQRTUVWXY34679]{8}");
    }
}
