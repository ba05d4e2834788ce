package dev.marquee.server.inventory;

import dev.marquee.server.support.PostgresDataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
class PostgresHoldCapTest extends HoldCapScenarios {
}
