package dev.marquee.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bare WebSocket client for the live-update endpoint that collects what the server sends. */
public final class LiveClient implements AutoCloseable {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private volatile String closedWith;

    public LiveClient(int port, String token) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://localhost:" + port + "/ws"), new Collector())
                .join();
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void subscribe(String topic, Long after) {
        send("{\"type\":\"subscribe\",\"topic\":\"" + topic + "\"" + (after == null ? "" : ",\"after\":" + after) + "}");
    }

    /**
     * Takes the earliest received message that matches, waiting up to ten seconds for one; messages that do not
     * match stay for later calls, whatever order they arrived in.
     */
    public JsonNode await(Predicate<JsonNode> matching) {
        try {
            return Awaitility.await("a matching live message").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> take(matching), Objects::nonNull);
        } catch (ConditionTimeoutException none) {
            throw new AssertionError("No matching live message within ten seconds; received " + received, none);
        }
    }

    private JsonNode take(Predicate<JsonNode> matching) {
        for (JsonNode message : received) {
            if (matching.test(message) && received.remove(message)) {
                return message;
            }
        }
        return null;
    }

    public static Predicate<JsonNode> ofType(String type) {
        return message -> type.equals(message.path("type").asString());
    }

    /** The close code and reason the server sent, as {@code "4401 reason"}, or {@code null} while open. */
    public String closedWith() {
        return closedWith;
    }

    public boolean isOpen() {
        return !socket.isInputClosed() && !socket.isOutputClosed();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(json.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith = statusCode + " " + reason;
            return null;
        }
    }
}
