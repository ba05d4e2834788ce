package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.OrganizerId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Token expiry goes by the server's clock and tolerates only a few seconds of drift between instances. */
class TokenExpiryTest {

    private static final String SECRET = "dGVzdC1zaWduaW5nLWtleS10aGF0LWlzLWF0LWxlYXN0LTMyLWJ5dGVzLWxvbmc=";
    private static final Instant ISSUED = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration DEVICE_TTL = Duration.ofDays(365);

    @Test
    void refusesATokenTenSecondsPastItsExpiry() {
        String token = tokensAt(ISSUED).issueDevice(UUID.randomUUID(), UUID.randomUUID(), OrganizerId.random(), "Gate 1");

        // Refused by the signature and time checks alone, before the token store is asked (it is unreachable here).
        assertThatThrownBy(() -> tokensAt(ISSUED.plus(DEVICE_TTL).plusSeconds(10)).decode(token))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    private static AuthTokens tokensAt(Instant now) {
        IdentityProperties properties = new IdentityProperties(Duration.ofHours(12), SECRET, null, null);
        // No database: any query fails, which is how this test tells a time refusal from a store refusal.
        return new AuthTokens(unreachable(IssuedTokens.class), unreachable(Devices.class), Clock.fixed(now, ZoneOffset.UTC), properties,
                new TokenSigningKey(properties, unreachable(ServerSecrets.class)));
    }

    private static <T> T unreachable(Class<T> store) {
        return store.cast(Proxy.newProxyInstance(store.getClassLoader(), new Class<?>[] {store}, (proxy, method, args) -> {
            throw new AssertionError("the token store was asked: " + method.getName());
        }));
    }
}
