package dev.marquee.client.live;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: before the n-th attempt in a row wait a random time between zero and
 * {@code min(cap, base * 2^n)}, so that many clients dropped at once do not come back at once.
 *
 * <p>Not the REST client's retry policy: reconnecting never gives up, is scheduled rather than waited for, and starts
 * from its first delay again once connected, where a request's retries are few and block the caller.
 *
 * @param base the upper bound before the first retry
 * @param cap  the largest upper bound
 */
record Backoff(Duration base, Duration cap) {

    Backoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("The backoff base must be positive and at most the cap");
        }
    }

    /**
     * @param attempt how many attempts failed in a row before this one, from 0
     */
    Duration delay(int attempt, RandomGenerator random) {
        long ceiling = base.toMillis() << Math.min(Math.max(attempt, 0), 30);
        long bound = Math.min(cap.toMillis(), ceiling);
        return Duration.ofMillis(random.nextLong(bound + 1));
    }
}
