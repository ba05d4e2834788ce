package dev.marquee.server.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs such as the hold expiry sweep; {@code marquee.scheduling.enabled=false} turns them off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "marquee.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
