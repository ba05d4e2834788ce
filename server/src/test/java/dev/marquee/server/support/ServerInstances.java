package dev.marquee.server.support;

import dev.marquee.server.MarqueeServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Server instances started in this JVM on a shared embedded PostgreSQL database, as behind a load balancer. */
public final class ServerInstances {

    private ServerInstances() {
    }

    /** Starts an instance on a free port with the test profile; {@code settings} are further {@code --key=value} arguments. */
    public static ConfigurableApplicationContext start(String databaseUrl, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(MarqueeServer.class).profiles("test").run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Two instances on one fresh database, started before the test class and stopped after it:
     * {@code @RegisterExtension static final ServerInstances.Pair instances = new ServerInstances.Pair(settings)}.
     */
    public static final class Pair implements BeforeAllCallback, AfterAllCallback {

        private final String[] settings;
        private ConfigurableApplicationContext a;
        private ConfigurableApplicationContext b;

        public Pair(String... settings) {
            this.settings = settings;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            String url = EmbeddedPostgresDatabase.createDatabase();
            a = start(url, settings);
            b = start(url, settings);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (b != null) {
                b.close();
            }
            if (a != null) {
                a.close();
            }
        }

        public int portA() {
            return port(a);
        }

        public int portB() {
            return port(b);
        }
    }
}
