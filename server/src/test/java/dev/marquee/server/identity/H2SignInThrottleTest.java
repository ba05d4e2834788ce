package dev.marquee.server.identity;

import dev.marquee.server.support.H2DataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class H2SignInThrottleTest extends SignInThrottleScenarios {
}
