package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UserView;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Instant;
import java.util.Set;

/** A staff account as stored, including its password hash. Never leaves this module as is. */
record StaffAccount(
        UserId id, String username, String displayName, String passwordHash, boolean enabled, Set<Role> roles,
        Set<OrganizerId> organizerIds, Instant createdAt, Instant updatedAt) {

    StaffAccount {
        roles = Set.copyOf(roles);
        organizerIds = Set.copyOf(organizerIds);
    }

    boolean isEnabledAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    UserView view() {
        return new UserView(id, username, displayName, roles, organizerIds, enabled, createdAt);
    }

    StaffPrincipal principal() {
        return new StaffPrincipal(id, username, roles, organizerIds);
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", roles=" + roles + "]";
    }
}
