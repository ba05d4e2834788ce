package dev.marquee.server.realtime;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.live.ClientMessage;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks the live-update protocol with one client per session: subscriptions within the caller's organizer scope,
 * catching up after a reconnect, pings and heartbeats. A message it cannot read or allow is answered with an
 * error message; nothing a client sends closes the connection or reaches the other sessions.
 */
@Component
class LiveSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(LiveSocketHandler.class);
    private static final String SENDER = "sender";

    private final LiveHub hub;
    private final LiveFeed feed;
    private final EventManagement events;
    private final JsonMapper json;
    private final Clock clock;

    LiveSocketHandler(LiveHub hub, LiveFeed feed, EventManagement events, JsonMapper json, Clock clock) {
        this.hub = hub;
        this.feed = feed;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        // Sends may come from several threads at once (deliveries, heartbeats, answers): serialise them per session.
        WebSocketSession sender = new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024);
        session.getAttributes().put(SENDER, sender);
        hub.connected(sender);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        hub.disconnected(sender(session));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage text) {
        WebSocketSession sender = sender(session);
        try {
            ClientMessage message = json.readValue(text.getPayload(), ClientMessage.class);
            switch (message) {
                case ClientMessage.Subscribe subscribe -> subscribe(sender, staff(session), subscribe);
                case ClientMessage.Unsubscribe unsubscribe -> hub.unsubscribe(unsubscribe.topic(), sender);
                case ClientMessage.Ping ping -> reply(sender, new ServerMessage.Heartbeat(clock.instant()));
            }
        } catch (JacksonException | IllegalArgumentException unreadable) {
            reply(sender, new ServerMessage.Error("MALFORMED", "Could not read the message: " + firstLine(unreadable.getMessage())
                    + ". Send JSON such as {\"type\":\"subscribe\",\"topic\":\"availability:<event id>\"}."));
        } catch (RuntimeException failure) {
            log.warn("Live message from session {} failed", session.getId(), failure);
            reply(sender, new ServerMessage.Error("INTERNAL", "The server could not handle that message. Try again."));
        }
    }

    @Scheduled(fixedRate = 15_000, initialDelay = 15_000)
    void heartbeat() {
        if (hub.sessionCount() > 0) {
            hub.broadcast(json.writeValueAsString(new ServerMessage.Heartbeat(clock.instant())));
        }
    }

    private void subscribe(WebSocketSession session, StaffPrincipal staff, ClientMessage.Subscribe subscribe) {
        Topic topic = subscribe.topic();
        if (topic == null) {
            reply(session, new ServerMessage.Error("MALFORMED", "A subscribe message needs a topic."));
            return;
        }
        if (!allowed(staff, topic)) {
            reply(session, new ServerMessage.Error("FORBIDDEN_TOPIC", "You cannot follow " + topic + ": it is outside your organizers."));
            return;
        }
        // Subscribe first, then catch up: a message announced in between is sent twice at worst, never lost.
        hub.subscribe(topic, session);
        long latest = feed.latest(topic);
        reply(session, new ServerMessage.Subscribed(topic, latest));
        if (subscribe.after() != null) {
            Optional<List<String>> missed = feed.since(topic, subscribe.after(), latest);
            if (missed.isPresent()) {
                missed.get().forEach(body -> hub.send(session, new TextMessage(body)));
            } else {
                reply(session, new ServerMessage.Refetch(topic, latest));
            }
        }
    }

    private boolean allowed(StaffPrincipal staff, Topic topic) {
        if (staff == null) {
            return false;
        }
        if (topic.kind().perEvent()) {
            return events.lookup(new EventId(topic.id())).map(event -> staff.canAccess(event.organizerId())).orElse(false);
        }
        return staff.canAccess(new OrganizerId(topic.id()));
    }

    private void reply(WebSocketSession session, ServerMessage message) {
        hub.send(session, new TextMessage(json.writeValueAsString(message)));
    }

    private static WebSocketSession sender(WebSocketSession session) {
        Object sender = session.getAttributes().get(SENDER);
        return sender instanceof WebSocketSession decorated ? decorated : session;
    }

    private static StaffPrincipal staff(WebSocketSession session) {
        return session.getPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown problem";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
