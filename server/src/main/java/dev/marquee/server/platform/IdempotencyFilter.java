package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every state-changing POST safe to retry. A request with an {@code Idempotency-Key} header is recorded
 * before it runs; a retry with the same key gets the first answer replayed, and a retry that races the first
 * request waits for it. The same key with a different request is refused. Answers of 5xx are not kept, so a
 * retry after a server failure runs again. Keys are per caller (staff account, or client address on the public
 * API) and are kept for a day.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);
    private static final Duration KEEP = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final ProblemResponses problems;
    private final Clock clock;

    IdempotencyFilter(JdbcClient jdbc, ProblemResponses problems, Clock clock) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 120) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Invalid input",
                    "The Idempotency-Key header must be 1 to 120 characters, such as a UUID made once per user action.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = scopeOf(request);
        String hash = hash(request, body);
        while (!claim(scope, key, hash)) {
            if (replay(request, response, scope, key, hash)) {
                return;
            }
            // The first attempt failed on the server and was forgotten: this retry runs it afresh.
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayedBody(request, body), recorded);
            if (recorded.getStatus() < 500) {
                jdbc.sql("""
                        update idempotency_record set state = 'COMPLETED', status_code = :status, content_type = :type, body = :body
                        where scope = :scope and idem_key = :key
                        """)
                        .param("status", recorded.getStatus()).param("type", recorded.getContentType())
                        .param("body", new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8))
                        .param("scope", scope).param("key", key)
                        .update();
                completed = true;
            }
        } finally {
            if (!completed) {
                forget(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    /** Drops records older than a day. */
    @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    void forgetOldRecords() {
        jdbc.sql("delete from idempotency_record where created_at < :cutoff")
                .param("cutoff", Timestamps.utc(clock.instant().minus(KEEP))).update();
    }

    private boolean claim(String scope, String key, String hash) {
        try {
            jdbc.sql("""
                    insert into idempotency_record (scope, idem_key, request_hash, state, created_at)
                    values (:scope, :key, :hash, 'IN_PROGRESS', :now)
                    """)
                    .param("scope", scope).param("key", key).param("hash", hash)
                    .param("now", Timestamps.utc(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /**
     * Answers a repeated key: replays the first answer, waiting for it if the first request is still running.
     *
     * @return false when there is no record any more, because the first attempt failed and was forgotten
     */
    private boolean replay(HttpServletRequest request, HttpServletResponse response, String scope, String key, String hash)
            throws IOException {
        Instant giveUp = clock.instant().plus(WAIT_FOR_FIRST);
        while (true) {
            Optional<Stored> stored = jdbc.sql("""
                    select request_hash, state, status_code, content_type, body from idempotency_record
                    where scope = :scope and idem_key = :key
                    """)
                    .param("scope", scope).param("key", key)
                    .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                    .optional();
            if (stored.isPresent() && !stored.get().requestHash().equals(hash)) {
                problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key reused", "This Idempotency-Key was already used for a different request. "
                                + "Make a new key for each user action.");
                return true;
            }
            if (stored.isPresent() && "COMPLETED".equals(stored.get().state())) {
                response.setStatus(stored.get().statusCode());
                if (stored.get().contentType() != null) {
                    response.setContentType(stored.get().contentType());
                }
                response.setHeader("Idempotent-Replayed", "true");
                response.getOutputStream().write(stored.get().body().getBytes(StandardCharsets.UTF_8));
                return true;
            }
            if (stored.isEmpty()) {
                return false;
            }
            if (clock.instant().isAfter(giveUp)) {
                problems.write(request, response, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Still in progress",
                        "The first request with this Idempotency-Key is still being processed. Try again in a moment.");
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the first request", e);
            }
        }
    }

    private void forget(String scope, String key) {
        jdbc.sql("delete from idempotency_record where scope = :scope and idem_key = :key").param("scope", scope).param("key", key).update();
    }

    private static String scopeOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return "staff:" + staff.userId();
        }
        return "address:" + request.getRemoteAddr();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String requestHash, String state, int statusCode, String contentType, String body) {
    }

    /** The request again, with its body read once already. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
