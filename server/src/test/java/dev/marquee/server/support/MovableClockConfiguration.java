package dev.marquee.server.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the server a {@link MovableClock}: add it to {@code @SpringBootTest(classes = ...)} and autowire the clock. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
