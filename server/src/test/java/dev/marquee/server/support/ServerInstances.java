package dev.marquee.server.support;

import dev.marquee.server.MarqueeServer;
import java.util.ArrayList;
import java.util.List;
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
}
