package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client address to a number of requests per minute on the public API, so that a bot cannot sweep
 * up holds or hammer the checkout. Counted per server instance in fixed one-minute windows; behind a load
 * balancer the effective limit is the sum over instances. The client is whoever {@link ClientAddresses} says it is.
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final String PUBLIC_API = "/api/v1/public/";

    private final int perMinute;
    private final ClientAddresses clients;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final ProblemResponses problems;

    PublicRateLimitFilter(int perMinute, ClientAddresses clients, Clock clock, ProblemResponses problems) {
        this.perMinute = perMinute;
        this.clients = clients;
        this.clock = clock;
        this.problems = problems;
    }

    private record Window(long minute, AtomicInteger count) {
    }

    /**
     * Decides on the path as it is routed, never on its spelling in the request line, so that {@code %70ublic},
     * {@code ;jsessionid=…}, {@code //} or {@code /./} cannot step around the limit. Spring MVC routes on the
     * request URI decoded segment by segment without matrix parameters; the container's servlet path is decoded
     * with dot segments and double slashes resolved. A request is public if either view says so; letters are
     * compared ignoring case, which costs nothing and survives a case-insensitive proxy in front.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String servletPath = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        return !isPublic(servletPath) && !isPublic(routedPath(request));
    }

    private static boolean isPublic(String path) {
        return path.regionMatches(true, 0, PUBLIC_API, 0, PUBLIC_API.length());
    }

    private static String routedPath(HttpServletRequest request) {
        StringBuilder path = new StringBuilder();
        try {
            for (PathContainer.Element element : RequestPath.parse(request.getRequestURI(), request.getContextPath())
                    .pathWithinApplication().elements()) {
                path.append(element instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : element.value());
            }
        } catch (IllegalArgumentException undecodable) {
            // What cannot be decoded cannot be routed either; the servlet path alone decides.
            return "";
        }
        return path.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(clients.of(request),
                (address, current) -> current == null || current.minute() != minute ? new Window(minute, new AtomicInteger()) : current);
        if (window.count().incrementAndGet() > perMinute) {
            long retryAfter = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
                    "Too many requests from your address. Wait " + retryAfter + " seconds and try again.");
            return;
        }
        if (windows.size() > 100_000) {
            windows.values().removeIf(old -> old.minute() < minute);
        }
        chain.doFilter(request, response);
    }
}
