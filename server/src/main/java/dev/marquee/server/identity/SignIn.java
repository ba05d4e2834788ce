package dev.marquee.server.identity;

import dev.marquee.model.ProblemTypes;
import dev.marquee.model.auth.LoginRequest;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.server.platform.ApiProblem;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Logs staff in and out. Deliberately not one transaction: a failed attempt must stay in the audit log, where the
 * throttle counts it, even though the login itself is refused.
 */
@Service
class SignIn {

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuthTokens tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String dummyHash;

    SignIn(StaffAccounts accounts, PasswordEncoder passwords, AuthTokens tokens, LoginThrottle throttle, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    LoginResponse login(LoginRequest request, String address) {
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        try {
            throttle.check(username, address);
        } catch (ApiProblem throttled) {
            audit.record("LOGIN_THROTTLED", null, username, address, null);
            throw throttled;
        }
        Optional<StaffAccount> account = accounts.findByUsername(username);
        // Hash even for unknown names, so the answer time does not tell which usernames exist.
        boolean matches = passwords.matches(request.password(), account.map(StaffAccount::passwordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            audit.record(LoginThrottle.LOGIN_FAILED, null, username, address,
                    account.isEmpty() ? "unknown user" : !matches ? "wrong password" : "account disabled");
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, ProblemTypes.BAD_CREDENTIALS, "Login failed",
                    "The username or password is wrong, or the account is disabled. Check both and try again.");
        }
        LoginResponse response = tokens.issue(account.get());
        audit.record("LOGIN", username, username, address, null);
        events.publishEvent(new UserSignedIn(account.get().getId(), username, clock.instant()));
        return response;
    }

    /** Ends the token of this request; a kiosk's device token too, which revokes the device (it pairs again). */
    void logout(StaffAuthentication authentication, String address) {
        if (authentication.device()) {
            tokens.revokeDevice(authentication.tokenId());
        } else {
            tokens.revoke(authentication.tokenId());
        }
        audit.record("LOGOUT", authentication.getName(), authentication.getName(), address, null);
    }
}
