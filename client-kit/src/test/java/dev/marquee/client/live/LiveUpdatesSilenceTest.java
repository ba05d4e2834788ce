package dev.marquee.client.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.client.ConnectionState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that accepts the WebSocket and then never says anything again, as a half-dead connection behind a NAT or
 * proxy would: the client must notice the silence and connect afresh.
 */
class LiveUpdatesSilenceTest {

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private ServerSocket listening;
    private Thread acceptor;

    @BeforeEach
    void startSilentServer() throws IOException {
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().start(this::acceptForever);
    }

    @AfterEach
    void stopSilentServer() throws IOException {
        listening.close();
        acceptor.interrupt();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void reconnectsWhenTheServerFallsSilent() {
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        try (LiveUpdates live = LiveUpdates.builder(URI.create("http://localhost:" + listening.getLocalPort()), Optional::empty)
                .silenceTimeout(Duration.ofSeconds(3))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(200))
                .build()) {
            live.addStateListener(states::add);

            live.start();

            await().atMost(Duration.ofSeconds(20)).until(() -> accepted.size() >= 2);
            assertThat(states).containsSubsequence(ConnectionState.RECONNECTING, ConnectionState.ONLINE, ConnectionState.RECONNECTING);
        }
    }

    private void acceptForever() {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                accepted.add(socket);
                completeHandshake(socket);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Answers the upgrade request as RFC 6455 says, then keeps the socket open without a word. */
    private static void completeHandshake(Socket socket) throws IOException {
        BufferedReader request = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String key = null;
        for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                key = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        OutputStream response = socket.getOutputStream();
        response.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        response.flush();
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
