package dev.marquee.bench;

import dev.marquee.server.MarqueeServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server the load goes to: started here, in-process, on H2 or on an embedded PostgreSQL, so the benchmark
 * can check the database afterwards. Limits meant for the public internet are lifted, since all load comes from
 * one address; {@link #LIFTED_LIMITS} says which, for the report.
 */
final class ServerUnderTest implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    /** What the report must say about the server it measured: not the limits a public deployment runs with. */
    static final String LIFTED_LIMITS = "public rate limit and login throttle lifted, hold cap per client address off "
            + "(marquee.sales.public-hold-cap-per-address=0): all load comes from one address";

    private final ConfigurableApplicationContext context;
    private final EmbeddedPostgres postgres;
    private final String database;

    private ServerUnderTest(ConfigurableApplicationContext context, EmbeddedPostgres postgres, String database) {
        this.context = context;
        this.postgres = postgres;
        this.database = database;
    }

    static ServerUnderTest start(String db) throws IOException {
        Path dataDir = Files.createTempDirectory("marquee-bench");
        EmbeddedPostgres postgres = null;
        String[] datasource = {};
        if ("postgres".equals(db)) {
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").setServerConfig("fsync", "on").start();
            datasource = new String[] {"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"};
        }
        String[] common = {"--server.port=0", "--marquee.data-dir=" + dataDir, "--marquee.bootstrap.admin-password=" + ADMIN_PASSWORD,
            "--marquee.sales.public-requests-per-minute=1000000000", "--marquee.security.login.max-failures-per-address=1000000",
            "--marquee.sales.public-hold-cap-per-address=0",
            "--server.tomcat.threads.max=400", "--server.tomcat.accept-count=2000", "--server.tomcat.max-connections=20000",
            "--spring.datasource.hikari.maximum-pool-size=40", "--logging.level.root=WARN", "--logging.level.dev.marquee=WARN"};
        String[] args = new String[common.length + datasource.length];
        System.arraycopy(common, 0, args, 0, common.length);
        System.arraycopy(datasource, 0, args, common.length, datasource.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MarqueeServer.class).run(args);
        return new ServerUnderTest(context, postgres, db);
    }

    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    String database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
