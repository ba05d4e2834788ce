package dev.marquee.server.hostile;

import dev.marquee.server.support.H2DataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class H2HostileInputTest extends HostileInputScenarios {
}
