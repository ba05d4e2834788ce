package dev.marquee.kiosk.support;

import dev.marquee.server.MarqueeServer;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real Marquee server with the demo data, in this JVM; stoppable and restartable on the same port and data. */
public final class ServerUnderTest implements AutoCloseable {

    private final Path dataDir;
    private int port;
    private ConfigurableApplicationContext context;

    private ServerUnderTest(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts a server on a free port with its database in the directory. */
    public static ServerUnderTest start(Path dataDir) {
        ServerUnderTest server = new ServerUnderTest(dataDir);
        server.run(0);
        return server;
    }

    private void run(int onPort) {
        context = new SpringApplicationBuilder(MarqueeServer.class).profiles("demo")
                .run("--server.port=" + onPort, "--marquee.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--logging.level.dev.marquee.kiosk=INFO");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** Stops it, as in an outage. */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Starts it again on the same port and data. */
    public void restart() {
        stop();
        run(port);
    }

    @Override
    public void close() {
        stop();
    }
}
