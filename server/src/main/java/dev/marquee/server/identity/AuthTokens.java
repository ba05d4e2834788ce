package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.model.auth.Role;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes staff bearer tokens: HMAC-signed JWTs with an expiry. Every token also has a row in
 * {@code auth_token}, so logout, a disabled account or a role change ends it before it expires.
 */
@Component
@Transactional
class AuthTokens implements JwtDecoder {

    static final String ISSUER = "marquee";
    static final String DEVICE_CLAIM = "device";
    private static final Duration DEVICE_TTL = Duration.ofDays(365);
    /**
     * How far past its expiry a token is still accepted. Every instance signs and checks with clocks kept in step
     * by NTP, so a few seconds cover their drift; Spring's default of a minute would keep a lapsed token alive.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    private static final int BATCH = 500;

    private final IssuedTokens issued;
    private final Devices devices;
    private final Clock clock;
    private final IdentityProperties properties;
    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;

    AuthTokens(IssuedTokens issued, Devices devices, Clock clock, IdentityProperties properties, TokenSigningKey signingKey) {
        this.issued = issued;
        this.devices = devices;
        this.clock = clock;
        this.properties = properties;
        this.encoder = NimbusJwtEncoder.withSecretKey(signingKey.key()).algorithm(MacAlgorithm.HS256).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(signingKey.key()).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
    }

    LoginResponse issue(StaffAccount account) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenTtl());
        issued.deleteExpired(account.getId(), now);
        UUID tokenId = issued.save(new IssuedToken(account.getId(), now, expiresAt)).getId();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(account.getId().toString())
                .id(tokenId.toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("username", account.username())
                .claim("roles", account.roles().stream().map(Role::name).sorted().toList())
                .claim("organizers", account.organizerIds().stream().map(OrganizerId::toString).sorted().toList())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new LoginResponse(token, expiresAt, account.getId(), account.roles(), account.organizerIds());
    }

    /** A device token: long-lived, scoped to one organizer, with the GATE role; revoked by revoking the device. */
    String issueDevice(UUID deviceId, UUID tokenId, OrganizerId organizer, String deviceName) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(deviceId.toString())
                .id(tokenId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(DEVICE_TTL))
                .claim("username", "device:" + deviceName)
                .claim("roles", List.of(Role.GATE.name()))
                .claim("organizers", List.of(organizer.toString()))
                .claim(DEVICE_CLAIM, true)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    /** Checks signature, issuer and expiry, then that the token, or the device it belongs to, has not been revoked. */
    @Override
    public Jwt decode(String token) {
        Jwt jwt = decoder.decode(token);
        UUID tokenId = UUID.fromString(jwt.getId());
        if (isDevice(jwt)) {
            Device device = devices.findByJti(tokenId).filter(paired -> !paired.revoked())
                    .orElseThrow(() -> new BadJwtException("The token has been revoked"));
            device.seen(clock.instant());
        } else if (!issued.existsByJtiAndRevokedAtIsNull(tokenId)) {
            throw new BadJwtException("The token has been revoked");
        }
        return jwt;
    }

    void revoke(UUID tokenId) {
        issued.findById(tokenId).ifPresent(token -> token.revoke(clock.instant()));
    }

    /** Ends a device token by revoking its device: a kiosk that logs out must be paired again. */
    void revokeDevice(UUID tokenId) {
        devices.findByJti(tokenId).ifPresent(device -> device.revoke(clock.instant()));
    }

    /** Which of the given tokens are not revoked (by logout, an account change or revoking the device). */
    @Transactional(readOnly = true)
    Set<UUID> unrevoked(Collection<UUID> staffTokens, Collection<UUID> deviceTokens) {
        Set<UUID> active = new HashSet<>();
        for (List<UUID> batch : batches(staffTokens)) {
            issued.findByJtiInAndRevokedAtIsNull(batch).forEach(token -> active.add(token.getId()));
        }
        for (List<UUID> batch : batches(deviceTokens)) {
            devices.findByJtiInAndRevokedAtIsNull(batch).forEach(device -> active.add(device.jti()));
        }
        return active;
    }

    /** Keeps each IN list to a size every database plans well. */
    private static List<List<UUID>> batches(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    static boolean isDevice(Jwt jwt) {
        return Boolean.TRUE.equals(jwt.getClaimAsBoolean(DEVICE_CLAIM));
    }

    void revokeAll(UserId user) {
        issued.revokeAll(user, clock.instant());
    }

    static StaffPrincipal principal(Jwt jwt) {
        Set<Role> roles = strings(jwt.getClaimAsStringList("roles")).stream().map(Role::valueOf).collect(Collectors.toSet());
        Set<OrganizerId> organizers = strings(jwt.getClaimAsStringList("organizers")).stream().map(OrganizerId::of)
                .collect(Collectors.toSet());
        return new StaffPrincipal(UserId.of(jwt.getSubject()), jwt.getClaimAsString("username"), roles, organizers);
    }

    private static Collection<String> strings(List<String> values) {
        return values == null ? List.of() : values;
    }
}
