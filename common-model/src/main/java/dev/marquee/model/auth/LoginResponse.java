package dev.marquee.model.auth;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * Answer to a successful login.
 *
 * @param token        signed bearer token; send it as {@code Authorization: Bearer <token>}
 * @param expiresAt    when the token stops working; log in again before then
 * @param userId       the account's id
 * @param roles        the account's roles
 * @param organizerIds the organizers the account belongs to (ADMIN sees all regardless)
 */
public record LoginResponse(String token, Instant expiresAt, UserId userId, Set<Role> roles, Set<OrganizerId> organizerIds) {
}
