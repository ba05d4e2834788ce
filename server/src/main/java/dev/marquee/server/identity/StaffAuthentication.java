package dev.marquee.server.identity;

import dev.marquee.server.platform.StaffPrincipal;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the staff member as principal, and the id of the token they presented. */
final class StaffAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;
    private final UUID tokenId;

    StaffAuthentication(Jwt jwt) {
        this(AuthTokens.principal(jwt), UUID.fromString(jwt.getId()));
    }

    private StaffAuthentication(StaffPrincipal staff, UUID tokenId) {
        super(staff.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.staff = staff;
        this.tokenId = tokenId;
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
}
