package dev.marquee.server.realtime;

import dev.marquee.model.live.Topic;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * This instance's subscriptions: which open WebSocket sessions receive which topics. Delivers each announced
 * message to the topic's subscribers; a session whose send fails is dropped, never the hub.
 */
@Component
class LiveHub {

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

    private final Map<Topic, Set<WebSocketSession>> subscribers = new ConcurrentHashMap<>();
    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();

    void connected(WebSocketSession session) {
        sessions.add(session);
    }

    void disconnected(WebSocketSession session) {
        sessions.remove(session);
        subscribers.values().forEach(set -> set.remove(session));
    }

    void subscribe(Topic topic, WebSocketSession session) {
        subscribers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unsubscribe(Topic topic, WebSocketSession session) {
        Set<WebSocketSession> set = subscribers.get(topic);
        if (set != null) {
            set.remove(session);
        }
    }

    /** Sends a committed message to the topic's subscribers on this instance. */
    void deliver(Topic topic, long seq, String body) {
        Set<WebSocketSession> set = subscribers.get(topic);
        if (set == null || set.isEmpty()) {
            return;
        }
        TextMessage message = new TextMessage(body);
        for (WebSocketSession session : set) {
            send(session, message);
        }
        log.debug("Delivered {} #{} to {} sessions", topic, seq, set.size());
    }

    /** Sends to every open session, such as a heartbeat. */
    void broadcast(String body) {
        TextMessage message = new TextMessage(body);
        sessions.forEach(session -> send(session, message));
    }

    void send(WebSocketSession session, TextMessage message) {
        if (!session.isOpen()) {
            disconnected(session);
            return;
        }
        try {
            session.sendMessage(message);
        } catch (IOException | IllegalStateException e) {
            log.debug("Dropping session {} after a failed send: {}", session.getId(), e.getMessage());
            disconnected(session);
            try {
                session.close();
            } catch (IOException ignored) {
                // It is gone either way.
            }
        }
    }

    /** The open sessions of this instance, at this moment. */
    List<WebSocketSession> sessions() {
        return List.copyOf(sessions);
    }

    int sessionCount() {
        return sessions.size();
    }
}
