package dev.marquee.model.auth;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the API shows it. The password hash never leaves the server.
 *
 * @param id           the account's id
 * @param username     unique login name, lower case
 * @param displayName  the name shown to people
 * @param roles        what the account may do
 * @param organizerIds the organizers the account belongs to
 * @param enabled      whether the account may log in
 * @param createdAt    when the account was created
 */
public record UserView(
        UserId id, String username, String displayName, Set<Role> roles, Set<OrganizerId> organizerIds, boolean enabled,
        Instant createdAt) {
}
