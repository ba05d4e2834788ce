package dev.marquee.server.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The client's network address as the sign-in throttles and the audit log see it. The one place that decides it,
 * so that trusting a reverse proxy's forwarded address changes here only.
 */
@Component
class ClientAddresses {

    String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
