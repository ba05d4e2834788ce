package dev.marquee.server.inventory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hold lifetimes and the expiry sweep, under {@code marquee.sales}.
 *
 * @param onlineHoldTtl       how long an online hold lasts
 * @param boxOfficeHoldTtl    how long a box-office hold lasts
 * @param expirySweepInterval how often expired holds are released
 * @param publicHoldCapPerAddress how many tickets of one event one client address may have in active holds on the
 *                                public API at a time, on all instances together; 0 switches the cap off
 */
@ConfigurationProperties("marquee.sales")
record InventoryProperties(
        @DefaultValue("10m") Duration onlineHoldTtl,
        @DefaultValue("3m") Duration boxOfficeHoldTtl,
        @DefaultValue("5s") Duration expirySweepInterval,
        @DefaultValue("20") int publicHoldCapPerAddress) {

    Duration holdTtl(SalesChannel channel) {
        return channel == SalesChannel.ONLINE ? onlineHoldTtl : boxOfficeHoldTtl;
    }
}
