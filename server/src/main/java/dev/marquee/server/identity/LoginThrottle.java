package dev.marquee.server.identity;

import dev.marquee.server.platform.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in attempts after too many recent failures, counting the failures in the audit log so the limits
 * hold across every server instance on the database and survive a restart.
 *
 * <p>Logins are limited three ways, so that a stranger cannot lock an account's owner out: per account and
 * address (a few failures, then a lockout that doubles with each further failure), per address over all accounts,
 * and per account over all addresses with a ceiling far above what its owner ever reaches, which still stops a
 * guessing attack spread over many addresses. The owner, at the right password from another address, gets in.
 * Kiosk pairing is limited per address.
 */
@Component
class LoginThrottle {

    static final String LOGIN_FAILED = "LOGIN_FAILED";
    static final String PAIRING_FAILED = "PAIRING_FAILED";
    /** Enough to follow the backoff well past its cap. */
    private static final int MAX_COUNTED = 64;

    private final AuditLog audit;
    private final Clock clock;
    private final IdentityProperties.Login login;
    private final IdentityProperties.Pairing pairing;

    LoginThrottle(AuditLog audit, Clock clock, IdentityProperties properties) {
        this.audit = audit;
        this.clock = clock;
        this.login = properties.login();
        this.pairing = properties.pairing();
    }

    /** @throws TooManyRequestsException when a limit is reached, saying how long to wait */
    void check(String username, String address) {
        Instant now = clock.instant();
        if (address != null) {
            requireBackedOff(username, address, now);
            requireBelowLimit(LOGIN_FAILED, null, address, login.maxFailuresPerAddress(), login.addressWindow(), now,
                    "Too many failed logins from this device. Wait before trying again.");
        }
        requireBelowLimit(LOGIN_FAILED, username, null, login.maxFailuresPerAccount(), login.accountWindow(), now,
                "Too many failed logins for this account from many places. Wait before trying again, or ask an administrator.");
    }

    /** @throws TooManyRequestsException when this address has guessed too many pairing codes */
    void checkPairing(String address) {
        if (address != null) {
            requireBelowLimit(PAIRING_FAILED, null, address, pairing.maxFailuresPerAddress(), pairing.addressWindow(), clock.instant(),
                    "Too many wrong pairing codes from this device. Wait before trying again, or make a new code in the organizer console.");
        }
    }

    /** From the limit on, each further failure of this account from this address doubles the wait, up to the window. */
    private void requireBackedOff(String username, String address, Instant now) {
        Duration window = login.accountAndAddressWindow();
        List<Instant> failures = audit.recent(LOGIN_FAILED, username, address, now.minus(window), MAX_COUNTED);
        int beyond = failures.size() - login.maxFailuresPerAccountAndAddress();
        if (beyond < 0) {
            return;
        }
        Duration lockout = login.firstLockout().multipliedBy(1L << Math.min(beyond, 20));
        Instant until = failures.getFirst().plus(lockout.compareTo(window) > 0 ? window : lockout);
        if (until.isAfter(now)) {
            throw new TooManyRequestsException("Too many failed logins for this account from this device. Wait before trying again, "
                    + "or ask an administrator to reset the password.", Duration.between(now, until));
        }
    }

    private void requireBelowLimit(String action, String subject, String address, int max, Duration window, Instant now, String message) {
        List<Instant> failures = audit.recent(action, subject, address, now.minus(window), max);
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
