package dev.marquee.server.api;

import dev.marquee.server.support.PostgresDataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The API scenarios on a real PostgreSQL server. */
@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
class PostgresApiScenariosTest extends ApiScenarios {
}
