package dev.marquee.server.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Points a test's application context at a fresh database on the embedded PostgreSQL server. */
public class PostgresDataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + EmbeddedPostgresDatabase.createDatabase(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres");
    }
}
