package dev.marquee.server.hostile;

import dev.marquee.server.support.PostgresDataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
class PostgresHostileInputTest extends HostileInputScenarios {
}
