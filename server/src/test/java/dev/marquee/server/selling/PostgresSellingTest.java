package dev.marquee.server.selling;

import dev.marquee.server.support.PostgresDataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
class PostgresSellingTest extends SellingScenarios {
}
