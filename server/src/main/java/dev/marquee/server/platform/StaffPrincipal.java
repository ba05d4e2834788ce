package dev.marquee.server.platform;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import java.util.Set;

/**
 * The staff member behind a request, as proven by their bearer token.
 *
 * @param userId       the account's id
 * @param username     the account's name
 * @param roles        what the account may do
 * @param organizerIds the organizers whose data the account may see; ADMIN sees every organizer's
 */
public record StaffPrincipal(UserId userId, String username, Set<Role> roles, Set<OrganizerId> organizerIds) {

    public StaffPrincipal {
        roles = Set.copyOf(roles);
        organizerIds = Set.copyOf(organizerIds);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this staff member may see and act on the data of {@code organizer}. */
    public boolean canAccess(OrganizerId organizer) {
        return isAdmin() || organizerIds.contains(organizer);
    }

    /**
     * Refuses access to another organizer's data as if it did not exist, so that ids cannot be probed.
     *
     * @throws NotFoundException when the organizer is outside this staff member's scope
     */
    public void requireAccess(OrganizerId organizer, String what) {
        if (!canAccess(organizer)) {
            throw new NotFoundException(what);
        }
    }
}
