package dev.marquee.model.live;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import java.util.Objects;
import java.util.UUID;

/**
 * A stream of live messages a client can subscribe to, written {@code kind:id}, such as
 * {@code availability:0b4f7f3e-…}. Each topic numbers its messages 1, 2, 3… so a client can tell what it missed.
 *
 * @param kind what the topic carries
 * @param id   the event or organizer it is about
 */
public record Topic(Kind kind, UUID id) {

    /** What a topic carries, and whether it is keyed by event or by organizer. */
    public enum Kind {
        /** Tickets left per ticket type of one event. */
        AVAILABILITY("availability", true),
        /** Every paid order of one organizer. */
        SALES("sales", false),
        /** Check-in counts of one event. */
        CHECKINS("checkins", true),
        /** Stream status of one event. */
        STREAMS("streams", true),
        /** Alerts for one organizer's staff. */
        ALERTS("alerts", false);

        private final String prefix;
        private final boolean perEvent;

        Kind(String prefix, boolean perEvent) {
            this.prefix = prefix;
            this.perEvent = perEvent;
        }

        public String prefix() {
            return prefix;
        }

        /** Whether the topic's id is an event id (otherwise an organizer id). */
        public boolean perEvent() {
            return perEvent;
        }
    }

    public Topic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Topic availability(EventId event) {
        return new Topic(Kind.AVAILABILITY, event.value());
    }

    public static Topic sales(OrganizerId organizer) {
        return new Topic(Kind.SALES, organizer.value());
    }

    public static Topic checkins(EventId event) {
        return new Topic(Kind.CHECKINS, event.value());
    }

    public static Topic streams(EventId event) {
        return new Topic(Kind.STREAMS, event.value());
    }

    public static Topic alerts(OrganizerId organizer) {
        return new Topic(Kind.ALERTS, organizer.value());
    }

    /**
     * Reads {@code kind:id}.
     *
     * @throws IllegalArgumentException naming what is wrong, for anything else
     */
    @JsonCreator
    public static Topic parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A topic is required, such as availability:<event id>");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a topic; write kind:id, such as availability:<event id>");
        }
        String prefix = text.substring(0, colon);
        for (Kind kind : Kind.values()) {
            if (kind.prefix.equals(prefix)) {
                try {
                    return new Topic(kind, UUID.fromString(text.substring(colon + 1)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + text.substring(colon + 1) + "' is not an id", e);
                }
            }
        }
        throw new IllegalArgumentException("Unknown topic kind '" + prefix + "'; use availability, sales, checkins, streams or alerts");
    }

    @JsonValue
    @Override
    public String toString() {
        return kind.prefix + ":" + id;
    }
}
