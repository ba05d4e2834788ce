package dev.marquee.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffPrincipalTest {

    private final OrganizerId mine = OrganizerId.random();
    private final OrganizerId theirs = OrganizerId.random();

    @Test
    void staffSeeOnlyTheirOwnOrganizers() {
        StaffPrincipal boxOffice = new StaffPrincipal(UserId.random(), "ben", Set.of(Role.BOX_OFFICE), Set.of(mine));

        assertThat(boxOffice.canAccess(mine)).isTrue();
        assertThat(boxOffice.canAccess(theirs)).isFalse();
        assertThatThrownBy(() -> boxOffice.requireAccess(theirs, "Event 1")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Event 1");
    }

    @Test
    void administratorsSeeEveryOrganizer() {
        StaffPrincipal admin = new StaffPrincipal(UserId.random(), "ada", Set.of(Role.ADMIN), Set.of());

        assertThat(admin.canAccess(theirs)).isTrue();
        assertThat(admin.isAdmin()).isTrue();
    }
}
