package dev.marquee.server.identity;

import dev.marquee.model.UserId;
import java.time.Instant;

/**
 * A staff member logged in.
 *
 * @param userId   the account
 * @param username its name
 * @param at       when
 */
public record UserSignedIn(UserId userId, String username, Instant at) {
}
