package dev.marquee.server.support;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Gives a test's application context the embedded default, an H2 file database, in a data directory of its own,
 * so that test contexts never share data.
 */
public class H2DataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "marquee.data-dir=" + dataDir);
    }
}
