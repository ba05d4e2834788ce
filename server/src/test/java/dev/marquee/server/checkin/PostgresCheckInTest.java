package dev.marquee.server.checkin;

import dev.marquee.server.support.PostgresDataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
class PostgresCheckInTest extends CheckInScenarios {
}
