package dev.marquee.server.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Reactions to domain events run on their own threads after the triggering transaction commits, so a sale does
 * not wait for its live updates or audit entries; the event publication registry keeps them until they succeed.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
