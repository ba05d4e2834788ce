package dev.marquee.server.realtime;

import dev.marquee.model.live.Topic;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens for the announcements of every server instance and hands them to this instance's hub.
 * The notification carries only topic and sequence number; the message itself is read from the database, so
 * payloads stay far below PostgreSQL's limit. The listening connection is re-opened if it breaks.
 */
@Component
class PostgresRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresRelay.class);

    private final DataSource dataSource;
    private final LiveFeed feed;
    private final LiveHub hub;
    private final boolean enabled;
    private volatile boolean running;
    private Thread listener;

    PostgresRelay(DataSource dataSource, LiveFeed feed, LiveHub hub, DatabaseKind database) {
        this.dataSource = dataSource;
        this.feed = feed;
        this.hub = hub;
        this.enabled = database.isPostgres();
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("live-relay").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveFeed.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                log.info("Relaying live updates between instances through LISTEN {}", LiveFeed.CHANNEL);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1_000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            relay(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live relay lost its database connection; retrying in a second: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void relay(String payload) {
        try {
            int space = payload.lastIndexOf(' ');
            Topic topic = Topic.parse(payload.substring(0, space));
            long seq = Long.parseLong(payload.substring(space + 1));
            feed.body(topic, seq).ifPresent(body -> hub.deliver(topic, seq, body));
        } catch (RuntimeException e) {
            log.warn("Ignoring live notification '{}': {}", payload, e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
