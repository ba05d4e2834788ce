package dev.marquee.server.inventory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the hold expiry sweep every few seconds. Its own bean, conditional on {@code marquee.scheduling.enabled},
 * so that turning background jobs off really stops the sweep even where a library enables scheduling by itself;
 * tests that sweep by hand rely on it.
 */
@Component
@ConditionalOnProperty(name = "marquee.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class HoldExpirySchedule {

    private final HoldExpiry expiry;

    HoldExpirySchedule(HoldExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(fixedDelayString = "${marquee.sales.expiry-sweep-interval:5s}", initialDelayString = "${marquee.sales.expiry-sweep-interval:5s}")
    void sweep() {
        expiry.sweep();
    }
}
