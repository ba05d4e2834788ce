package dev.marquee.client.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(15));

    @Test
    void theLongestWaitDoublesPerAttemptUpToTheCap() {
        RandomGenerator highest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };

        assertThat(backoff.delay(0, highest)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.delay(1, highest)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(3, highest)).isEqualTo(Duration.ofMillis(2000));
        assertThat(backoff.delay(6, highest)).isEqualTo(Duration.ofSeconds(15));
        assertThat(backoff.delay(200, highest)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void waitsARandomTimeBetweenZeroAndTheLongestWait() {
        Random random = new Random(7);

        for (int i = 0; i < 1000; i++) {
            assertThat(backoff.delay(2, random)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    @Test
    void refusesACapBelowTheBase() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
