package dev.marquee.server.realtime;

import dev.marquee.server.identity.SessionEnd;
import dev.marquee.server.identity.SignedInSessions;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Closes the live connections whose sign-in has ended: logged out, account disabled or its roles changed, kiosk
 * revoked or logged out, or the token expired. The handshake checks the token only once, so every few seconds
 * each instance re-checks the tokens of its own sockets against the shared token store; that needs no message
 * between instances and also catches plain expiry.
 */
@Component
class SessionGuard {

    /** In the 4000-4999 range that WebSocket leaves to applications; 4401 echoes HTTP 401. */
    static final int SESSION_ENDED = 4401;

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final LiveHub hub;
    private final SignedInSessions signIns;

    SessionGuard(LiveHub hub, SignedInSessions signIns) {
        this.hub = hub;
        this.signIns = signIns;
    }

    @Scheduled(fixedDelayString = "${marquee.realtime.session-check-interval:2s}",
            initialDelayString = "${marquee.realtime.session-check-interval:2s}")
    void closeEndedSessions() {
        List<WebSocketSession> open = hub.sessions();
        if (open.isEmpty()) {
            return;
        }
        Map<Principal, SessionEnd> ended = signIns.ended(open.stream().map(WebSocketSession::getPrincipal).filter(Objects::nonNull).toList());
        for (WebSocketSession session : open) {
            SessionEnd end = session.getPrincipal() == null ? SessionEnd.REVOKED : ended.get(session.getPrincipal());
            if (end != null) {
                close(session, end);
            }
        }
    }

    private void close(WebSocketSession session, SessionEnd end) {
        hub.disconnected(session);
        try {
            session.close(new CloseStatus(SESSION_ENDED, end.words()));
            log.debug("Closed live session {}: {}", session.getId(), end);
        } catch (IOException | IllegalStateException gone) {
            log.debug("Live session {} was gone already: {}", session.getId(), gone.getMessage());
        }
    }
}
