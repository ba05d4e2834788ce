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
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every state-changing POST safe to retry. A request with an {@code Idempotency-Key} header is claimed
 * before it runs, under a lease that its attempt renews while it runs and that lapses within seconds when its
 * server instance dies. The answer is recorded in the same transaction that commits the outcome: the whole
 * request runs in one transaction, or, for operations marked {@link IdempotentInSteps}, the operation records its
 * answer itself in the step that commits it. So a committed outcome always has its answer, and a retry gets:
 * <ul>
 * <li>the recorded answer, marked {@code Idempotent-Replayed: true};</li>
 * <li>409 {@code idempotency-in-progress} with {@code Retry-After} at once while the first attempt still holds its
 * lease (no request thread waits for another);</li>
 * <li>a fresh run once the lease lapsed without an answer, which finds nothing committed, or resumes the steps
 * that were;</li>
 * <li>422 when the key comes with a different request.</li>
 * </ul>
 * Answers of 5xx are not kept, so a retry after a server failure runs again. Keys are per caller (staff account,
 * or client address on the public API) and are kept for a day.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyRecords records;
    private final ProblemResponses problems;
    private final PlatformTransactionManager transactions;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private final ClientAddresses clients;
    private final ScheduledExecutorService leaseKeeper;

    IdempotencyFilter(IdempotencyRecords records, ProblemResponses problems, PlatformTransactionManager transactions,
            ObjectProvider<RequestMappingHandlerMapping> handlers, ClientAddresses clients) {
        this.records = records;
        this.clients = clients;
        this.problems = problems;
        this.transactions = transactions;
        this.handlers = handlers;
        // The filter's own thread, not a bean: Spring would otherwise take it as the scheduler of every @Scheduled job.
        this.leaseKeeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("idempotency-lease").factory());
    }

    @Override
    public void destroy() {
        leaseKeeper.shutdownNow();
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
        Optional<String> owner = records.claim(scope, key, hash);
        while (owner.isEmpty()) {
            Optional<IdempotencyRecords.Stored> stored = records.find(scope, key);
            if (stored.isEmpty()) {
                // The first attempt failed on the server and was forgotten: this retry runs it afresh.
                owner = records.claim(scope, key, hash);
            } else if (answered(request, response, stored.get(), hash)) {
                return;
            } else {
                owner = records.takeOver(scope, key, hash);
                if (owner.isEmpty()) {
                    // Someone else took it over or finished it just now: look again.
                    continue;
                }
                log.info("Idempotency-Key of {} taken over after its first attempt's lease lapsed", scope);
            }
        }
        IdempotentAnswers.Attempt attempt = new IdempotentAnswers.Attempt(scope, key, owner.get());
        ScheduledFuture<?> renewal = keepLeased(attempt);
        IdempotentAnswers.bind(attempt);
        try {
            if (recordsItsOwnAnswer(request)) {
                runInSteps(request, response, chain, body, attempt);
            } else {
                runInOneTransaction(request, response, chain, body, attempt);
            }
        } finally {
            IdempotentAnswers.unbind();
            renewal.cancel(false);
        }
    }

    /**
     * Answers a repeated key from its record: the recorded answer, a refusal of a different request, or 409 while
     * the first attempt holds its lease.
     *
     * @return false when the first attempt's lease lapsed without an answer, so this retry may take it over
     */
    private boolean answered(HttpServletRequest request, HttpServletResponse response, IdempotencyRecords.Stored stored, String hash)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused", "This Idempotency-Key was already used for a different request. "
                            + "Make a new key for each user action.");
            return true;
        }
        if (stored.completed()) {
            response.setStatus(stored.statusCode());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (stored.leaseUntil() != null && !stored.leaseUntil().isBefore(records.now())) {
            // Most first attempts finish within a second; one whose instance died is taken over once its lease lapses.
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_IN_PROGRESS, "Still in progress",
                    "The first request with this Idempotency-Key is still being processed. Send it again in a second "
                            + "to get its answer.");
            return true;
        }
        return false;
    }

    /** Runs the request in one transaction that also records its answer; a failure rolls both back. */
    private void runInOneTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
            IdempotentAnswers.Attempt attempt) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
        boolean kept = false;
        try {
            try {
                chain.doFilter(new ReplayedBody(request, body), recorded);
            } catch (IOException | ServletException | RuntimeException | Error failure) {
                transactions.rollback(transaction);
                throw failure;
            }
            if (recorded.getStatus() < 400) {
                try {
                    if (!complete(attempt, recorded)) {
                        throw new SupersededAttemptException();
                    }
                    transactions.commit(transaction);
                    kept = true;
                } catch (RuntimeException notCommitted) {
                    if (!transaction.isCompleted()) {
                        transactions.rollback(transaction);
                    }
                    log.error("A keyed request could not commit its outcome with its answer", notCommitted);
                    recorded.reset();
                    problems.write(request, recorded, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                            "Internal error", "The request could not be completed and nothing was changed. Try again.");
                }
            } else {
                // A refusal changed nothing: roll back whatever the failed work began, then keep the refusal.
                transactions.rollback(transaction);
                kept = recorded.getStatus() < 500 && complete(attempt, recorded);
            }
        } finally {
            if (!kept) {
                records.forget(attempt.scope(), attempt.key(), attempt.owner());
            }
            recorded.copyBodyToResponse();
        }
    }

    /** Runs an operation that commits in steps and records its answer in the last of them. */
    private void runInSteps(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
            IdempotentAnswers.Attempt attempt) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new ReplayedBody(request, body), recorded);
            kept = attempt.recorded() || (recorded.getStatus() < 500 && complete(attempt, recorded));
        } finally {
            if (!kept) {
                records.forget(attempt.scope(), attempt.key(), attempt.owner());
            }
            recorded.copyBodyToResponse();
        }
    }

    private boolean complete(IdempotentAnswers.Attempt attempt, ContentCachingResponseWrapper recorded) {
        boolean done = records.complete(attempt.scope(), attempt.key(), attempt.owner(), recorded.getStatus(), recorded.getContentType(),
                new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
        if (done) {
            attempt.markRecorded();
        }
        return done;
    }

    /** Renews the attempt's lease a few times per lease period for as long as it runs. */
    private ScheduledFuture<?> keepLeased(IdempotentAnswers.Attempt attempt) {
        long period = Math.max(100, records.lease().toMillis() / 3);
        return leaseKeeper.scheduleAtFixedRate(() -> {
            try {
                records.renew(attempt.scope(), attempt.key(), attempt.owner());
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease of a running keyed request: {}", e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** Whether the request goes to an operation marked {@link IdempotentInSteps}. */
    private boolean recordsItsOwnAnswer(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = handlers.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain handler = mapping.getHandler(request);
            return handler != null && handler.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(IdempotentInSteps.class);
        } catch (Exception noHandler) {
            return false;
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
    }

    /** Drops records older than a day. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetOldRecords() {
        records.forgetOlderThan(KEEP);
    }

    private String scopeOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return "staff:" + staff.userId();
        }
        return "address:" + clients.of(request);
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
