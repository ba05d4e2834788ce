package dev.marquee.model.auth;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the append-only audit log.
 *
 * @param sequence increasing number of the entry; also the paging cursor
 * @param at       when it happened
 * @param action   what happened, such as {@code LOGIN}, {@code LOGIN_FAILED}, {@code USER_CREATED}
 * @param actor    who did it (a username), or {@code null} when nobody was signed in
 * @param subject  whom or what it concerns, such as the username that tried to log in
 * @param address  the client's network address, where known; otherwise {@code null}
 * @param detail   further facts in words, such as the roles granted, or {@code null}
 */
public record AuditEntryView(long sequence, Instant at, String action, @Nullable String actor, String subject, @Nullable String address,
        @Nullable String detail) {
}
