package dev.marquee.client;

import dev.marquee.server.MarqueeServer;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real Marquee server with the demo data, started in this JVM on H2 in a data directory of the test's choosing.
 * It can be stopped and started again on the same port and data, as a restarted server would be.
 */
public final class RunningServer implements AutoCloseable {

    private final Path dataDir;
    private int port;
    private ConfigurableApplicationContext context;

    private RunningServer(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts the server on a free port, seeding the demo data when the data directory is empty. */
    public static RunningServer start(Path dataDir) {
        RunningServer server = new RunningServer(dataDir);
        server.startOn(0);
        return server;
    }

    /** The server's address, such as {@code http://localhost:54321}. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    /** A client for this server with the default settings. */
    public MarqueeClient client() {
        return MarqueeClient.create(baseUrl());
    }

    /** A client for this server, logged in as one of the demo accounts. */
    public MarqueeClient loggedIn(String username) {
        MarqueeClient client = client();
        client.login(username, "marquee-demo");
        return client;
    }

    public int port() {
        return port;
    }

    /** Stops the server; clients then find nobody listening. */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Starts the stopped server again on the same port with the same data. */
    public void restart() {
        stop();
        startOn(port);
    }

    @Override
    public void close() {
        stop();
    }

    private void startOn(int requestedPort) {
        context = new SpringApplicationBuilder(MarqueeServer.class).run(
                "--server.port=" + requestedPort,
                "--spring.profiles.active=demo",
                "--marquee.data-dir=" + dataDir.toAbsolutePath(),
                "--marquee.scheduling.enabled=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
