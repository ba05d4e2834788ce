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
 * @param pairing     pairing-code throttling
 */
@ConfigurationProperties("marquee.security")
record IdentityProperties(
        @DefaultValue("12h") Duration tokenTtl,
        @DefaultValue("") String tokenSecret,
        @DefaultValue Login login,
        @DefaultValue Pairing pairing) {

    /**
     * Failed logins allowed before further attempts are refused with 429.
     *
     * @param maxFailuresPerAccountAndAddress failures of one username from one address within
     *                                        {@code accountAndAddressWindow} before a lockout
     * @param accountAndAddressWindow         the window for one username from one address, and the longest lockout
     * @param firstLockout                    the first lockout; each further failure doubles it
     * @param maxFailuresPerAddress           failures from one network address, any username, within {@code addressWindow}
     * @param addressWindow                   the window for one address
     * @param maxFailuresPerAccount           failures of one username, from any address, within {@code accountWindow}: a
     *                                        ceiling against guessing from many addresses, far above the per-address limit
     * @param accountWindow                   the window for one username
     */
    record Login(
            @DefaultValue("5") int maxFailuresPerAccountAndAddress,
            @DefaultValue("15m") Duration accountAndAddressWindow,
            @DefaultValue("1m") Duration firstLockout,
            @DefaultValue("30") int maxFailuresPerAddress,
            @DefaultValue("10m") Duration addressWindow,
            @DefaultValue("100") int maxFailuresPerAccount,
            @DefaultValue("15m") Duration accountWindow) {
    }

    /**
     * Wrong pairing codes allowed before further attempts are refused with 429.
     *
     * @param maxFailuresPerAddress wrong codes from one network address within {@code addressWindow}
     * @param addressWindow         the window for one address
     */
    record Pairing(
            @DefaultValue("10") int maxFailuresPerAddress,
            @DefaultValue("10m") Duration addressWindow) {
    }
}
