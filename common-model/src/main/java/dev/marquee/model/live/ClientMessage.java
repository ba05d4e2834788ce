package dev.marquee.model.live;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a client sends over the live-update WebSocket. The {@code type} member names the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClientMessage.Subscribe.class, name = "subscribe"),
    @JsonSubTypes.Type(value = ClientMessage.Unsubscribe.class, name = "unsubscribe"),
    @JsonSubTypes.Type(value = ClientMessage.Ping.class, name = "ping")
})
public sealed interface ClientMessage {

    /**
     * Start receiving a topic. With {@code after}, the server first sends every message after that sequence
     * number that it still has, or {@link ServerMessage.Refetch} when it no longer has them all.
     *
     * @param topic the topic
     * @param after the last sequence number the client saw, or {@code null} for only new messages
     */
    record Subscribe(Topic topic, Long after) implements ClientMessage {
    }

    /** @param topic the topic to stop receiving */
    record Unsubscribe(Topic topic) implements ClientMessage {
    }

    /** Asks for a {@link ServerMessage.Heartbeat}, to check the connection. */
    record Ping() implements ClientMessage {
    }
}
