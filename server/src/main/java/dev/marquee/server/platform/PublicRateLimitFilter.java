package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client address to a number of requests per minute on the public API, so that a bot cannot sweep
 * up holds or hammer the checkout. Counted per server instance in fixed one-minute windows; behind a load
 * balancer the effective limit is the sum over instances.
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final ProblemResponses problems;

    PublicRateLimitFilter(int perMinute, Clock clock, ProblemResponses problems) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.problems = problems;
    }

    private record Window(long minute, AtomicInteger count) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(request.getRemoteAddr(),
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
