package dev.marquee.testing;

import dev.marquee.server.MarqueeServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real Marquee server, started in this JVM on a free port: on H2 in a data directory, or on an embedded PostgreSQL
 * of its own. By default it has the demo data, whose accounts ({@code admin}, {@code organizer}, {@code boxoffice},
 * {@code gate}) all sign in with {@link #DEMO_PASSWORD}. It can be stopped and started again on the same port and data,
 * as a restarted server would be.
 *
 * <pre>{@code
 * ServerUnderTest server = ServerUnderTest.start(tempDir);          // H2, demo data
 * ServerUnderTest shared = ServerUnderTest.shared();                // one per JVM, for all tests of a module
 * ServerUnderTest bench = ServerUnderTest.builder().withoutDemoData().onPostgres().setting("key", "value").start();
 * }</pre>
 */
public final class ServerUnderTest implements AutoCloseable {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "marquee-demo";

    private static @Nullable ServerUnderTest shared;

    private final Path dataDir;
    private final List<String> arguments;
    private final @Nullable EmbeddedPostgres postgres;
    private int port;
    private @Nullable ConfigurableApplicationContext context;

    private ServerUnderTest(Path dataDir, List<String> arguments, @Nullable EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.arguments = arguments;
        this.postgres = postgres;
    }

    /** Starts a server with the demo data on H2 in the directory, seeding it when the directory is empty. */
    public static ServerUnderTest start(Path dataDir) {
        return builder().dataDir(dataDir).start();
    }

    /**
     * One server with the demo data for the whole JVM, on H2 in a temporary directory, started on first use and stopped
     * when the JVM exits. For tests that only read the demo data or make data of their own, so they need not wait for a
     * server each.
     */
    public static synchronized ServerUnderTest shared() {
        if (shared == null) {
            ServerUnderTest server = builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shared-server-stop"));
            shared = server;
        }
        return shared;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The server's address, such as {@code http://localhost:54321}. */
    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    /** The server's own connection pool, for checking what the database holds. */
    public DataSource dataSource() {
        return running().getBean(DataSource.class);
    }

    /** Stops the server, as in an outage; clients then find nobody listening. The database stays. */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Starts the stopped server again on the same port with the same data. */
    public void restart() {
        stop();
        run(port);
    }

    /** Stops the server and its embedded PostgreSQL, if it has one. */
    @Override
    public void close() {
        stop();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
            }
        }
    }

    private void run(int onPort) {
        List<String> args = new ArrayList<>(arguments);
        args.add("--server.port=" + onPort);
        args.add("--marquee.data-dir=" + dataDir.toAbsolutePath());
        context = new SpringApplicationBuilder(MarqueeServer.class).run(args.toArray(String[]::new));
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private ConfigurableApplicationContext running() {
        if (context == null) {
            throw new IllegalStateException("The server is stopped; restart() it first");
        }
        return context;
    }

    /** What differs from the default: a server with the demo data on H2 in a fresh temporary directory. */
    public static final class Builder {

        private @Nullable Path dataDir;
        private boolean demoData = true;
        private boolean onPostgres;
        private final Map<String, String> postgresSettings = new LinkedHashMap<>(Map.of("max_connections", "300", "fsync", "off"));
        // The server stays quiet; client code running in the same JVM shares its logging and logs as in the apps.
        private final Map<String, String> settings = new LinkedHashMap<>(Map.of("spring.main.banner-mode", "off",
                "logging.level.root", "WARN", "logging.level.dev.marquee", "INFO", "logging.level.dev.marquee.server", "WARN"));

        private Builder() {
        }

        /** Where the H2 database (and the server's other local files) live; a fresh temporary directory if not given. */
        public Builder dataDir(Path directory) {
            this.dataDir = directory;
            return this;
        }

        /** An empty database instead of the demo data: only the bootstrap admin, whose password comes from a setting. */
        public Builder withoutDemoData() {
            this.demoData = false;
            return this;
        }

        /**
         * An embedded PostgreSQL of the server's own (zonky binaries, no Docker) instead of H2. PostgreSQL refuses to run
         * as root: run as an ordinary user, or as root under {@code unshare -U}.
         */
        public Builder onPostgres() {
            this.onPostgres = true;
            return this;
        }

        /** A setting of the embedded PostgreSQL, such as {@code fsync=on} for figures a real deployment would see. */
        public Builder postgresSetting(String name, String value) {
            postgresSettings.put(name, value);
            return this;
        }

        /** A server setting, as {@code --key=value} on its command line. */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public ServerUnderTest start() {
            Path directory = dataDir == null ? temporaryDirectory() : dataDir;
            EmbeddedPostgres postgres = onPostgres ? startPostgres() : null;
            Map<String, String> all = new LinkedHashMap<>(settings);
            if (demoData) {
                all.put("spring.profiles.active", "demo");
            }
            if (postgres != null) {
                all.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
                all.put("spring.datasource.username", "postgres");
                all.put("spring.datasource.password", "postgres");
            }
            List<String> arguments = all.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toList();
            ServerUnderTest server = new ServerUnderTest(directory, arguments, postgres);
            try {
                server.run(0);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }

        private EmbeddedPostgres startPostgres() {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("PostgreSQL refuses to run as root. Run as an ordinary user, or as root under 'unshare -U' "
                        + "(see README).");
            }
            EmbeddedPostgres.Builder postgres = EmbeddedPostgres.builder();
            postgresSettings.forEach(postgres::setServerConfig);
            try {
                return postgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }

        private static Path temporaryDirectory() {
            try {
                return Files.createTempDirectory("marquee-server");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
