package dev.marquee.server.identity;

import dev.marquee.server.platform.StaffPrincipal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated request: the staff member (or kiosk) as principal, and the id, kind and expiry of the token
 * they presented, so that a long-lived connection can be checked against the token store later.
 */
final class StaffAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;
    private final UUID tokenId;
    private final boolean device;
    private final Instant expiresAt;

    StaffAuthentication(Jwt jwt) {
        this(AuthTokens.principal(jwt), UUID.fromString(jwt.getId()), AuthTokens.isDevice(jwt), jwt.getExpiresAt());
    }

    private StaffAuthentication(StaffPrincipal staff, UUID tokenId, boolean device, Instant expiresAt) {
        super(staff.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.staff = staff;
        this.tokenId = tokenId;
        this.device = device;
        this.expiresAt = expiresAt;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return tokenId;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return staff;
    }

    @Override
    public String getName() {
        return staff.username();
    }

    UUID tokenId() {
        return tokenId;
    }

    /** Whether the token is a kiosk's device token rather than a staff login. */
    boolean device() {
        return device;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
