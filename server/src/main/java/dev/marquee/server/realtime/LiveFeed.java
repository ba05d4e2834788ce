package dev.marquee.server.realtime;

import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.server.platform.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers, keeps and announces live messages. The next sequence number of a topic is taken by updating the
 * topic's row, which also serialises the messages of one topic, so the state a message carries is read in the
 * same order as it is numbered. Once the message is committed it is announced: on PostgreSQL through
 * {@code NOTIFY} to every instance, this one included; otherwise straight to this instance's hub.
 */
@Component
class LiveFeed {

    static final String CHANNEL = "marquee_live";
    private static final Duration KEEP = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final LiveHub hub;
    private final Clock clock;
    private final boolean postgres;

    LiveFeed(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, LiveHub hub, Clock clock, DatabaseKind database) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.hub = hub;
        this.clock = clock;
        this.postgres = database.isPostgres();
    }

    /** Numbers and stores the message that {@code message} builds for its sequence number, and announces it after commit. */
    void publish(Topic topic, LongFunction<ServerMessage.Update> message) {
        transactions.executeWithoutResult(status -> {
            String name = topic.toString();
            // The topic's row exists but for its first message, so the insert is only tried when the update finds none.
            if (nextSeq(name) == 0) {
                jdbc.sql("insert into live_topic (topic, seq) values (:topic, 0) on conflict do nothing").param("topic", name).update();
                nextSeq(name);
            }
            long seq = jdbc.sql("select seq from live_topic where topic = :topic").param("topic", name).query(Long.class).single();
            String body = json.writeValueAsString(message.apply(seq));
            jdbc.sql("insert into live_message (topic, seq, body, at) values (:topic, :seq, :body, :at)")
                    .param("topic", name).param("seq", seq).param("body", body)
                    .param("at", Timestamps.utc(clock.instant()))
                    .update();
            if (postgres) {
                // Delivered to every listening instance when, and only if, this transaction commits.
                jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", name + " " + seq)
                        .query().singleRow();
            } else {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        hub.deliver(topic, seq, body);
                    }
                });
            }
        });
    }

    private int nextSeq(String topic) {
        return jdbc.sql("update live_topic set seq = seq + 1 where topic = :topic").param("topic", topic).update();
    }

    /** The topic's latest sequence number, 0 if it never had a message. */
    long latest(Topic topic) {
        return jdbc.sql("select seq from live_topic where topic = :topic").param("topic", topic.toString()).query(Long.class).optional()
                .orElse(0L);
    }

    /** The stored body of one message, if it is still kept. */
    Optional<String> body(Topic topic, long seq) {
        return jdbc.sql("select body from live_message where topic = :topic and seq = :seq")
                .param("topic", topic.toString()).param("seq", seq).query(String.class).optional();
    }

    /**
     * The messages after {@code after}, oldest first, if all of them are still kept; empty when some are gone and
     * the client must refetch.
     */
    Optional<List<String>> since(Topic topic, long after, long latest) {
        if (after >= latest) {
            return Optional.of(List.of());
        }
        List<String> bodies = jdbc.sql("select body from live_message where topic = :topic and seq > :after and seq <= :latest order by seq")
                .param("topic", topic.toString()).param("after", after).param("latest", latest).query(String.class).list();
        return bodies.size() == latest - after ? Optional.of(bodies) : Optional.empty();
    }

    @Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldMessages() {
        jdbc.sql("delete from live_message where at < :cutoff")
                .param("cutoff", Timestamps.utc(clock.instant().minus(KEEP))).update();
    }
}
