package dev.marquee.server.identity;

import dev.marquee.server.support.PostgresDataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
class PostgresSignInThrottleTest extends SignInThrottleScenarios {
}
