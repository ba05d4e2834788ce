package dev.marquee.server.identity;

import dev.marquee.server.platform.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Refuses logins after too many recent failures for one account or from one address. It counts the
 * {@code LOGIN_FAILED} entries of the audit log, so the limit holds across every server instance on the database
 * and survives a restart.
 */
@Component
class LoginThrottle {

    static final String LOGIN_FAILED = "LOGIN_FAILED";

    private final AuditLog audit;
    private final Clock clock;
    private final IdentityProperties.Login limits;

    LoginThrottle(AuditLog audit, Clock clock, IdentityProperties properties) {
        this.audit = audit;
        this.clock = clock;
        this.limits = properties.login();
    }

    /** @throws TooManyRequestsException when either limit is reached, saying how long to wait */
    void check(String username, String address) {
        Instant now = clock.instant();
        requireBelowLimit(AuditLog.By.SUBJECT, username, limits.maxFailuresPerAccount(), limits.accountWindow(), now,
                "Too many failed logins for this account. Wait before trying again, or ask an administrator to reset the password.");
        if (address != null) {
            requireBelowLimit(AuditLog.By.ADDRESS, address, limits.maxFailuresPerAddress(), limits.addressWindow(), now,
                    "Too many failed logins from this device. Wait before trying again.");
        }
    }

    private void requireBelowLimit(AuditLog.By by, String value, int max, Duration window, Instant now, String message) {
        List<Instant> failures = audit.recent(LOGIN_FAILED, by, value, now.minus(window), max);
        if (failures.size() >= max) {
            throw new TooManyRequestsException(message, waitUntilOldestExpires(failures, window, now));
        }
    }

    /** The failures are newest first; once the oldest counted one leaves the window, one attempt frees up. */
    private static Duration waitUntilOldestExpires(List<Instant> failures, Duration window, Instant now) {
        Duration wait = Duration.between(now, failures.getLast().plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
