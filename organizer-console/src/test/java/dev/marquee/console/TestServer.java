package dev.marquee.console;

import dev.marquee.client.MarqueeClient;
import dev.marquee.server.MarqueeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One real Marquee server with the demo data, started in-process once for all tests of this module. */
final class TestServer {

    private static URI url;

    private TestServer() {
    }

    /** The running server's address; starts it on first use. */
    static synchronized URI url() {
        if (url == null) {
            try {
                Path dataDir = Files.createTempDirectory("console-test-server");
                ConfigurableApplicationContext context = new SpringApplicationBuilder(MarqueeServer.class).profiles("demo")
                        .run("--server.port=0", "--marquee.data-dir=" + dataDir, "--logging.level.root=WARN");
                url = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
                Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return url;
    }

    /** A client logged in as one of the demo accounts. */
    static MarqueeClient login(String username) {
        MarqueeClient client = MarqueeClient.create(url());
        client.login(username, "marquee-demo");
        return client;
    }
}
