package dev.marquee.server.identity;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-checks sign-ins that outlive one request, such as a WebSocket opened with a bearer token: the token is
 * checked once at the handshake, and this tells later whether it has since been revoked or has expired. The token
 * store is the database, so a logout on any instance ends the session on every instance.
 */
@Service
@Transactional(readOnly = true)
public class SignedInSessions {

    private final AuthTokens tokens;
    private final Clock clock;

    SignedInSessions(AuthTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The principals, as authenticated at the time, whose session has ended since, and why; one query per few hundred.
     * A principal this module did not authenticate counts as ended.
     */
    public <P extends Principal> Map<P, SessionEnd> ended(Collection<P> principals) {
        Instant lapsed = clock.instant().minus(AuthTokens.CLOCK_SKEW);
        List<StaffAuthentication> ours = principals.stream().filter(StaffAuthentication.class::isInstance)
                .map(StaffAuthentication.class::cast).toList();
        Set<UUID> unrevoked = tokens.unrevoked(ours.stream().filter(auth -> !auth.device()).map(StaffAuthentication::tokenId).toList(),
                ours.stream().filter(StaffAuthentication::device).map(StaffAuthentication::tokenId).toList());
        Map<P, SessionEnd> ended = new HashMap<>();
        for (P principal : principals) {
            if (!(principal instanceof StaffAuthentication auth) || !unrevoked.contains(auth.tokenId())) {
                ended.put(principal, SessionEnd.REVOKED);
            } else if (auth.expiresAt() == null || auth.expiresAt().isBefore(lapsed)) {
                ended.put(principal, SessionEnd.EXPIRED);
            }
        }
        return ended;
    }
}
