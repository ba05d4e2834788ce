package dev.marquee.server.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of login and tokens, under {@code marquee.security}.
 *
 * @param tokenTtl    how long a bearer token stays valid
 * @param tokenSecret Base64 HMAC key of at least 32 bytes; empty to keep a generated one in the database
 * @param login       login throttling
 */
@ConfigurationProperties("marquee.security")
record IdentityProperties(
        @DefaultValue("12h") Duration tokenTtl,
        @DefaultValue("") String tokenSecret,
        @DefaultValue Login login) {

    /**
     * Failed logins allowed before further attempts are refused with 429.
     *
     * @param maxFailuresPerAccount failures of one username within {@code accountWindow}
     * @param accountWindow         the window for one username
     * @param maxFailuresPerAddress failures from one network address within {@code addressWindow}
     * @param addressWindow         the window for one address
     */
    record Login(
            @DefaultValue("5") int maxFailuresPerAccount,
            @DefaultValue("15m") Duration accountWindow,
            @DefaultValue("30") int maxFailuresPerAddress,
            @DefaultValue("10m") Duration addressWindow) {
    }
}
