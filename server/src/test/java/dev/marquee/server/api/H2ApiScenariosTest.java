package dev.marquee.server.api;

import dev.marquee.server.support.H2DataSourceInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The API scenarios on the embedded default: an H2 file database. */
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class H2ApiScenariosTest extends ApiScenarios {
}
