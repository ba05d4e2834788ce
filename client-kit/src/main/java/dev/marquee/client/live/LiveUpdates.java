package dev.marquee.client.live;

import dev.marquee.client.ConnectionState;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.MarqueeJson;
import dev.marquee.model.live.ClientMessage;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live updates from the server's WebSocket at {@code /ws}: availability, sales, check-ins, stream status and staff
 * alerts, by {@link Topic}.
 *
 * <p><b>Use.</b> Make it with {@link #builder(MarqueeClient)} after logging in, {@link #subscribe} to topics (before
 * or after {@link #start()}), and {@link #close()} it on logout. The handshake sends the client's current bearer token
 * as {@code Authorization: Bearer …}.
 *
 * <p><b>Nothing missed.</b> Updates are numbered per topic. The last number seen is kept per topic; after a reconnect
 * every topic is subscribed again from there, and the server replays what was missed or answers that it can no
 * longer. In that case, and whenever the numbers show a gap or the server's numbering started afresh, the
 * subscription's {@code onRefetch} runs: load the current state through the REST API. Updates seen twice are
 * dropped.
 *
 * <p><b>Staying connected.</b> When the connection drops, or nothing (not even the heartbeat the server sends every
 * 15 s) was heard for 45 s, it reconnects by itself, waiting a random time up to 250 ms, 500 ms, 1 s … capped at 15 s
 * between attempts (exponential backoff with full jitter). {@link #state()} is {@link ConnectionState#RECONNECTING}
 * while it tries (also while it first connects), {@link ConnectionState#ONLINE} once connected, and
 * {@link ConnectionState#OFFLINE} before {@link #start()} and after {@link #close()}.
 *
 * <p><b>Threads.</b> Update and refetch callbacks run on OkHttp's WebSocket thread, one at a time. State listeners
 * run on the thread that caused the change: OkHttp's WebSocket thread or this object's timer, and the caller's thread
 * for the changes made by {@link #start()} and {@link #close()}; they hear the changes in order. None of them runs on
 * the UI thread: hand the work over, for example with {@code Platform.runLater}, and do not block. All methods are
 * safe to call from any thread.
 */
public final class LiveUpdates implements AutoCloseable {

    /** The close code with which the server ends a socket whose sign-in ended; see the server's session guard. */
    static final int SESSION_ENDED = 4401;
    /** The upper bound of the wait before the first reconnect. */
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(250);
    /** The largest wait between reconnects. */
    public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofSeconds(15);
    /** How long without any message before the connection counts as dead; the server's heartbeat comes every 15 s. */
    public static final Duration DEFAULT_SILENCE_TIMEOUT = Duration.ofSeconds(45);

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final int NORMAL_CLOSURE = 1000;
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    /** A connection that lasted this long resets the backoff; one dropped sooner keeps backing off. */
    private static final Duration STABLE_AFTER = Duration.ofSeconds(30);

    private final HttpUrl endpoint;
    private final Supplier<Optional<String>> accessToken;
    private final Backoff backoff;
    private final Duration silenceTimeout;
    private final JsonMapper json = MarqueeJson.mapper();
    private final OkHttpClient http;
    private final ScheduledExecutorService timer;
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();

    // Guarded by this, which also orders the state changes.
    private final Map<Topic, TopicFeed> feeds = new LinkedHashMap<>();
    private WebSocket socket;
    private boolean open;
    private boolean started;
    private int failedAttempts;
    private long openedAtNanos;
    private ScheduledFuture<?> pendingConnect;

    private volatile boolean closed;
    private volatile ConnectionState state = ConnectionState.OFFLINE;
    private volatile long lastHeardNanos;
    private volatile long lastPingNanos;

    private LiveUpdates(Builder builder) {
        this.endpoint = HttpUrl.get(builder.baseUrl).newBuilder().addPathSegment("ws").build();
        this.accessToken = builder.accessToken;
        this.backoff = builder.backoff;
        this.silenceTimeout = builder.silenceTimeout;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout)
                // Bounds the handshake only; once open, silence is watched through the heartbeats.
                .readTimeout(builder.connectTimeout.multipliedBy(2))
                .webSocketCloseTimeout(Duration.ofSeconds(5))
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "marquee-live-updates");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Live updates for the server and session of a REST client; each (re)connect sends the client's token of that
     * moment.
     */
    public static Builder builder(MarqueeClient client) {
        return builder(client.baseUrl(), client::accessToken);
    }

    /**
     * Live updates for a server.
     *
     * @param baseUrl     the server's address, such as {@code http://localhost:8080}; {@code /ws} is added
     * @param accessToken the bearer token to send on each handshake, or empty to send none
     */
    public static Builder builder(URI baseUrl, Supplier<Optional<String>> accessToken) {
        return new Builder(baseUrl, accessToken);
    }

    /**
     * Connects, and keeps reconnecting until {@link #close()}. Calling it again does nothing.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void start() {
        synchronized (this) {
            requireNotClosed();
            if (started) {
                return;
            }
            started = true;
            changeState(ConnectionState.RECONNECTING);
        }
        long period = WATCH_INTERVAL.toMillis();
        timer.scheduleWithFixedDelay(this::watchSilence, period, period, TimeUnit.MILLISECONDS);
        connect();
    }

    /**
     * Receives a topic's updates until the returned subscription is cancelled. Several subscriptions to one topic
     * share one server subscription.
     *
     * @param topic     what to receive, such as {@code Topic.availability(eventId)}
     * @param onUpdate  called with each update of the topic, in order, each once
     * @param onRefetch called when updates may have been missed; reload the topic's state through the REST API
     * @throws IllegalStateException after {@link #close()}
     */
    public Subscription subscribe(Topic topic, Consumer<ServerMessage.Update> onUpdate, Runnable onRefetch) {
        Objects.requireNonNull(topic, "topic");
        TopicFeed.Listener listener = new TopicFeed.Listener(Objects.requireNonNull(onUpdate, "onUpdate"),
                Objects.requireNonNull(onRefetch, "onRefetch"));
        synchronized (this) {
            requireNotClosed();
            TopicFeed feed = feeds.computeIfAbsent(topic, TopicFeed::new);
            boolean first = feed.isEmpty();
            feed.add(listener);
            if (first && open) {
                send(socket, new ClientMessage.Subscribe(topic, feed.resumeAfter()));
            }
        }
        return new Subscription() {
            @Override
            public Topic topic() {
                return topic;
            }

            @Override
            public boolean isConfirmed() {
                synchronized (LiveUpdates.this) {
                    TopicFeed feed = feeds.get(topic);
                    return feed != null && feed.has(listener) && feed.isConfirmed();
                }
            }

            @Override
            public void cancel() {
                unsubscribe(topic, listener);
            }
        };
    }

    /** How the connection stands now. */
    public ConnectionState state() {
        return state;
    }

    /**
     * Calls the listener with every later change of {@link #state()}, on a background thread (see the class
     * description). It is not called with the current state.
     */
    public void addStateListener(Consumer<ConnectionState> listener) {
        stateListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling a listener added with {@link #addStateListener}. */
    public void removeStateListener(Consumer<ConnectionState> listener) {
        stateListeners.remove(listener);
    }

    /** Disconnects and stops reconnecting for good; the state becomes {@link ConnectionState#OFFLINE}. */
    @Override
    public void close() {
        WebSocket current;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            current = socket;
            socket = null;
            open = false;
            feeds.values().forEach(TopicFeed::unconfirm);
            if (pendingConnect != null) {
                pendingConnect.cancel(false);
            }
            changeState(ConnectionState.OFFLINE);
        }
        timer.shutdownNow();
        if (current != null) {
            current.close(NORMAL_CLOSURE, "Client closed");
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // ---------------------------------------------------------------- connection

    private void connect() {
        synchronized (this) {
            pendingConnect = null;
            if (closed || socket != null) {
                return;
            }
            Request.Builder request = new Request.Builder().url(endpoint);
            accessToken.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            lastHeardNanos = System.nanoTime();
            log.debug("Connecting to {}", endpoint);
            // Callbacks of this socket wait for the monitor, so they see it assigned.
            socket = http.newWebSocket(request.build(), new Connection());
        }
    }

    private void opened(WebSocket webSocket) {
        synchronized (this) {
            if (webSocket != socket) {
                webSocket.close(NORMAL_CLOSURE, "Superseded");
                return;
            }
            open = true;
            openedAtNanos = System.nanoTime();
            lastHeardNanos = openedAtNanos;
            for (TopicFeed feed : feeds.values()) {
                send(webSocket, new ClientMessage.Subscribe(feed.topic(), feed.resumeAfter()));
            }
            log.info("Live updates connected to {}", endpoint);
            changeState(ConnectionState.ONLINE);
        }
    }

    private void dropped(WebSocket webSocket, String why) {
        synchronized (this) {
            if (webSocket != socket || closed) {
                return;
            }
            if (open && Duration.ofNanos(System.nanoTime() - openedAtNanos).compareTo(STABLE_AFTER) >= 0) {
                failedAttempts = 0;
            }
            socket = null;
            open = false;
            feeds.values().forEach(TopicFeed::unconfirm);
            Duration wait = backoff.delay(failedAttempts, ThreadLocalRandom.current());
            failedAttempts++;
            log.debug("Live updates lost ({}); reconnecting in {} ms", why, wait.toMillis());
            pendingConnect = timer.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
            changeState(ConnectionState.RECONNECTING);
        }
    }

    private void watchSilence() {
        WebSocket current;
        synchronized (this) {
            current = open ? socket : null;
        }
        if (current == null) {
            return;
        }
        long now = System.nanoTime();
        Duration silent = Duration.ofNanos(now - lastHeardNanos);
        if (silent.compareTo(silenceTimeout) > 0) {
            log.info("Nothing heard from the server for {} s; reconnecting", silent.toSeconds());
            current.cancel();
            dropped(current, "silent for " + silent.toSeconds() + " s");
        } else if (silent.compareTo(silenceTimeout.dividedBy(3)) > 0
                && Duration.ofNanos(now - lastPingNanos).compareTo(silenceTimeout.dividedBy(3)) > 0) {
            lastPingNanos = now;
            send(current, new ClientMessage.Ping());
        }
    }

    private void send(WebSocket webSocket, ClientMessage message) {
        if (!webSocket.send(json.writeValueAsString(message))) {
            log.debug("Could not send {}; the connection is closing", message);
        }
    }

    private void unsubscribe(Topic topic, TopicFeed.Listener listener) {
        synchronized (this) {
            TopicFeed feed = feeds.get(topic);
            if (feed == null || !feed.remove(listener) || !feed.isEmpty()) {
                return;
            }
            feeds.remove(topic);
            if (open) {
                send(socket, new ClientMessage.Unsubscribe(topic));
            }
        }
    }

    /** Called holding this object's monitor, so that listeners hear the changes in the order they happened. */
    private void changeState(ConnectionState next) {
        if (state == next) {
            return;
        }
        state = next;
        for (Consumer<ConnectionState> listener : stateListeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("A connection-state listener failed", e);
            }
        }
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("These live updates are closed; make new ones");
        }
    }

    // ---------------------------------------------------------------- messages

    private void received(String text) {
        lastHeardNanos = System.nanoTime();
        ServerMessage message;
        try {
            message = json.readValue(text, ServerMessage.class);
        } catch (JacksonException e) {
            log.debug("Ignoring a message this client does not understand: {}", text.length() > 200 ? text.substring(0, 200) + "…" : text);
            return;
        }
        if (message instanceof ServerMessage.Update update) {
            TopicFeed feed = feed(update.topic());
            if (feed == null) {
                return;
            }
            TopicFeed.Verdict verdict = feed.onUpdate(update.seq());
            if (verdict == TopicFeed.Verdict.DUPLICATE) {
                log.debug("Dropping update {} of {}, seen already", update.seq(), update.topic());
                return;
            }
            feed.deliver(update);
            if (verdict == TopicFeed.Verdict.DELIVER_AND_REFETCH) {
                log.debug("Updates of {} before {} were missed; reloading", update.topic(), update.seq());
                feed.refetch();
            }
        } else if (message instanceof ServerMessage.Subscribed subscribed) {
            TopicFeed feed = feed(subscribed.topic());
            if (feed != null && feed.onSubscribed(subscribed.seq())) {
                log.debug("The server numbers {} afresh; reloading", subscribed.topic());
                feed.refetch();
            }
        } else if (message instanceof ServerMessage.Refetch refetch) {
            TopicFeed feed = feed(refetch.topic());
            if (feed != null) {
                feed.onRefetch(refetch.seq());
                feed.refetch();
            }
        } else if (message instanceof ServerMessage.Error error) {
            log.warn("The live-update server refused a request: {} ({})", error.message(), error.code());
        } else {
            log.trace("Heard {}", message);
        }
    }

    private synchronized TopicFeed feed(Topic topic) {
        return feeds.get(topic);
    }

    /** The callbacks of one WebSocket; those of a socket that is no longer the current one are ignored. */
    private final class Connection extends WebSocketListener {

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened(webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (isCurrent(webSocket)) {
                received(text);
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(NORMAL_CLOSURE, null);
            if (code == SESSION_ENDED) {
                sessionEnded(webSocket, reason);
            } else {
                dropped(webSocket, "closed by the server: " + code + " " + reason);
            }
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            if (code == SESSION_ENDED) {
                sessionEnded(webSocket, reason);
            } else {
                dropped(webSocket, "closed: " + code + " " + reason);
            }
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
            if (response != null && (response.code() == 401 || response.code() == 403)) {
                sessionEnded(webSocket, "HTTP " + response.code());
            } else {
                dropped(webSocket, response != null ? "HTTP " + response.code() : failure.toString());
            }
        }

        /** The sign-in behind the token ended (logout, disabled account, changed roles, expiry): retrying cannot help. */
        private void sessionEnded(WebSocket webSocket, String why) {
            if (!isCurrent(webSocket)) {
                return;
            }
            log.warn("The server ended live updates because the sign-in ended ({}); sign in again to receive them", why);
            close();
        }

        private boolean isCurrent(WebSocket webSocket) {
            synchronized (LiveUpdates.this) {
                return webSocket == socket;
            }
        }
    }

    /** A topic being received; cancel it to stop. */
    public interface Subscription extends AutoCloseable {

        /** The topic received. */
        Topic topic();

        /**
         * Whether the server has confirmed the subscription on the current connection, so updates flow; false
         * while connecting or reconnecting, when the topic is not allowed for this account, and after cancelling.
         */
        boolean isConfirmed();

        /** Stops the callbacks of this subscription; the server subscription ends with the topic's last one. */
        void cancel();

        /** Same as {@link #cancel()}. */
        @Override
        default void close() {
            cancel();
        }
    }

    /** Sets up {@link LiveUpdates}; every setting has a sensible default. */
    public static final class Builder {

        private final URI baseUrl;
        private final Supplier<Optional<String>> accessToken;
        private Backoff backoff = new Backoff(DEFAULT_BACKOFF_BASE, DEFAULT_BACKOFF_CAP);
        private Duration silenceTimeout = DEFAULT_SILENCE_TIMEOUT;
        private Duration connectTimeout = MarqueeClient.DEFAULT_CONNECT_TIMEOUT;

        private Builder(URI baseUrl, Supplier<Optional<String>> accessToken) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        }

        /** The upper bounds of the random wait before reconnecting: from {@code base}, doubling, up to {@code cap}. */
        public Builder backoff(Duration base, Duration cap) {
            this.backoff = new Backoff(base, cap);
            return this;
        }

        /** How long without any message from the server before reconnecting; 45 s by default. */
        public Builder silenceTimeout(Duration timeout) {
            if (timeout.compareTo(Duration.ofSeconds(3)) < 0) {
                throw new IllegalArgumentException("The silence timeout must be at least 3 seconds");
            }
            this.silenceTimeout = timeout;
            return this;
        }

        /** How long connecting may take; 5 s by default. */
        public Builder connectTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("The connect timeout must be positive");
            }
            this.connectTimeout = timeout;
            return this;
        }

        /** The live updates, not yet connected: call {@link LiveUpdates#start()}. */
        public LiveUpdates build() {
            return new LiveUpdates(this);
        }
    }
}
