package dev.marquee.client.live;

import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscribed topic: who listens to it, and the last sequence number seen, so that a resubscription resumes
 * after it and a gap or a restarted numbering is noticed.
 */
final class TopicFeed {

    private static final Logger log = LoggerFactory.getLogger(TopicFeed.class);

    /** What to do with an update. */
    enum Verdict {
        /** The next one in order: hand it out. */
        DELIVER,
        /** Newer than the next expected: hand it out, and have the listeners reload what they missed. */
        DELIVER_AND_REFETCH,
        /** Seen already, such as a replay overlapping what arrived live: drop it. */
        DUPLICATE
    }

    private final Topic topic;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Long lastSeq;
    private volatile boolean confirmed;

    TopicFeed(Topic topic) {
        this.topic = topic;
    }

    Topic topic() {
        return topic;
    }

    void add(Listener listener) {
        listeners.add(listener);
    }

    /** @return whether the listener was there */
    boolean remove(Listener listener) {
        return listeners.remove(listener);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    boolean has(Listener listener) {
        return listeners.contains(listener);
    }

    /** Whether the server confirmed the subscription on the current connection. */
    boolean isConfirmed() {
        return confirmed;
    }

    /** The connection dropped: the subscription waits for the next one. */
    void unconfirm() {
        confirmed = false;
    }

    /** The sequence number to resume after, or {@code null} when nothing was seen yet. */
    synchronized Long resumeAfter() {
        return lastSeq;
    }

    /** Weighs an update's sequence number and remembers it. */
    synchronized Verdict onUpdate(long seq) {
        if (lastSeq != null && seq <= lastSeq) {
            return Verdict.DUPLICATE;
        }
        boolean gap = lastSeq != null && seq > lastSeq + 1;
        lastSeq = seq;
        return gap ? Verdict.DELIVER_AND_REFETCH : Verdict.DELIVER;
    }

    /**
     * The server confirmed the subscription at its latest sequence number.
     *
     * @return whether the listeners must reload, because the server numbers the topic lower than already seen: it
     *         started afresh and cannot replay what came in between
     */
    synchronized boolean onSubscribed(long latest) {
        confirmed = true;
        if (lastSeq == null) {
            lastSeq = latest;
            return false;
        }
        if (latest < lastSeq) {
            lastSeq = latest;
            return true;
        }
        return false;
    }

    /** The server cannot replay what was missed; continue after its latest number. */
    synchronized void onRefetch(long latest) {
        lastSeq = latest;
    }

    void deliver(ServerMessage.Update update) {
        for (Listener listener : listeners) {
            try {
                listener.onUpdate().accept(update);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on update {}", topic, update.seq(), e);
            }
        }
    }

    void refetch() {
        for (Listener listener : listeners) {
            try {
                listener.onRefetch().run();
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed to reload", topic, e);
            }
        }
    }

    /** One subscriber's callbacks; compared by identity, so that the same lambdas may subscribe twice. */
    static final class Listener {

        private final Consumer<ServerMessage.Update> onUpdate;
        private final Runnable onRefetch;

        Listener(Consumer<ServerMessage.Update> onUpdate, Runnable onRefetch) {
            this.onUpdate = onUpdate;
            this.onRefetch = onRefetch;
        }

        Consumer<ServerMessage.Update> onUpdate() {
            return onUpdate;
        }

        Runnable onRefetch() {
            return onRefetch;
        }
    }
}
