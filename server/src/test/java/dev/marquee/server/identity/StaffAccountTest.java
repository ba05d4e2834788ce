package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.auth.Role;
import dev.marquee.server.platform.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void anAdministratorNeedsNoOrganizer() {
        StaffAccount admin = new StaffAccount("ada", "Ada", "hash", Set.of(Role.ADMIN), Set.of(), NOW);

        assertThat(admin.view().roles()).containsExactly(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
    }

    @Test
    void refusesStaffWithoutAnOrganizer() {
        assertThatThrownBy(() -> new StaffAccount("ben", "Ben", "hash", Set.of(Role.BOX_OFFICE), Set.of(), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("organizer");
    }

    @Test
    void refusesAChangeThatLeavesStaffWithoutAnOrganizer() {
        StaffAccount account = new StaffAccount("ben", "Ben", "hash", Set.of(Role.BOX_OFFICE), Set.of(OrganizerId.random()), NOW);

        assertThatThrownBy(() -> account.change("Ben", null, true, Set.of(Role.GATE), Set.of(), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsThePasswordUnlessANewOneIsGiven() {
        OrganizerId organizer = OrganizerId.random();
        StaffAccount account = new StaffAccount("ben", "Ben", "old", Set.of(Role.BOX_OFFICE), Set.of(organizer), NOW);

        account.change("Benjamin", null, false, Set.of(Role.GATE), Set.of(organizer), NOW);
        assertThat(account.passwordHash()).isEqualTo("old");
        account.change("Benjamin", "new", false, Set.of(Role.GATE), Set.of(organizer), NOW);

        assertThat(account.passwordHash()).isEqualTo("new");
        assertThat(account.roles()).containsExactly(Role.GATE);
        assertThat(account.enabled()).isFalse();
    }
}
