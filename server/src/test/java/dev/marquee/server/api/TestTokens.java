package dev.marquee.server.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Forged and stale tokens, signed here the way an attacker or an old client would hold them. */
final class TestTokens {

    /** The key in application-test.yml. */
    private static final byte[] TEST_KEY = Base64.getDecoder().decode("dGVzdC1zaWduaW5nLWtleS10aGF0LWlzLWF0LWxlYXN0LTMyLWJ5dGVzLWxvbmc=");

    private TestTokens() {
    }

    static String expiredAdminToken() {
        Instant issued = Instant.now().minusSeconds(7200);
        return sign(TEST_KEY, issued, issued.plusSeconds(3600));
    }

    static String signedWithAnotherKey() {
        byte[] otherKey = "another-key-that-is-also-at-least-32-bytes".getBytes();
        return sign(otherKey, Instant.now(), Instant.now().plusSeconds(3600));
    }

    private static String sign(byte[] key, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("marquee").subject(UUID.randomUUID().toString()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt))
                .claim("username", "admin").claim("roles", List.of("ADMIN")).claim("organizers", List.of())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
