package dev.marquee.server.identity;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The HMAC key that signs staff bearer tokens. Configured explicitly, or else generated once and kept in the
 * database so that every server instance on that database accepts the others' tokens.
 */
@Component
class TokenSigningKey {

    private static final Logger log = LoggerFactory.getLogger(TokenSigningKey.class);
    private static final String NAME = "token-signing-key";
    private static final int MIN_BYTES = 32;

    private final SecretKey key;

    TokenSigningKey(IdentityProperties properties, ServerSecrets secrets) {
        String configured = properties.tokenSecret();
        byte[] secret = configured.isBlank() ? stored(secrets) : decode(configured);
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("marquee.security.token-secret must be Base64 of at least " + MIN_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    SecretKey key() {
        return key;
    }

    private static byte[] stored(ServerSecrets secrets) {
        return secrets.findById(NAME).map(stored -> decode(stored.secret())).orElseGet(() -> create(secrets));
    }

    private static byte[] create(ServerSecrets secrets) {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            secrets.save(new ServerSecret(NAME, Base64.getEncoder().encodeToString(secret)));
            log.info("Created a token signing key in the database; set marquee.security.token-secret to manage it yourself");
            return secret;
        } catch (DataIntegrityViolationException raced) {
            // Another instance created it at the same moment: use theirs.
            return decode(secrets.findById(NAME).orElseThrow(() -> raced).secret());
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("marquee.security.token-secret is not valid Base64", e);
        }
    }
}
