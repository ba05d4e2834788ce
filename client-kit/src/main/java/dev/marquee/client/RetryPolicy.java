package dev.marquee.client;

import dev.marquee.model.ProblemTypes;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The kit's one retry policy for requests, on resilience4j-retry: a safe request (see {@link Transport}) is sent again
 * up to {@code maxRetries} times when the connection fails or times out or the answer is 502, 503 or 504, after an
 * exponential, jittered pause; or, when the server says the first attempt with the same idempotency key is still
 * running (409 {@code idempotency-in-progress}), after its {@code Retry-After}, at most 10 s. No retries at all with
 * {@code maxRetries} 0.
 *
 * <p>The WebSocket's reconnect delay ({@code live.Backoff}) is not this policy: it never gives up, is scheduled
 * rather than waited for, and starts again from its first delay once connected.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(502, 503, 504);
    /** The longest wait before asking again for the answer of a request whose first attempt is still running. */
    private static final Duration MAX_IN_PROGRESS_WAIT = Duration.ofSeconds(10);
    private static final double JITTER = 0.5;

    private final Retry retry;

    /**
     * @param maxRetries how often a safe request is sent again; 0 for never
     * @param backoff    the pause before the first retry, doubled for each further one
     */
    RetryPolicy(int maxRetries, Duration backoff) {
        IntervalFunction growing = IntervalFunction.ofExponentialRandomBackoff(backoff, 2, JITTER);
        IntervalBiFunction<Answer> interval = (attempt, outcome) -> {
            Duration stillRunning = outcome.isRight() ? stillRunning(outcome.get()) : null;
            return stillRunning != null ? stillRunning.toMillis() : growing.apply(attempt);
        };
        this.retry = Retry.of("marquee-client", RetryConfig.<Answer>custom()
                .maxAttempts(maxRetries + 1)
                .intervalBiFunction(interval)
                .retryOnResult(answer -> RETRYABLE_STATUSES.contains(answer.status()) || stillRunning(answer) != null)
                .retryOnException(failure -> failure instanceof IOException io && !interrupted(io))
                .build());
    }

    /**
     * Sends a request once, or as often as this policy allows when it is safe to send again.
     *
     * @param attempt one attempt: sends the request and reads the whole answer
     * @param safe    whether sending the request again cannot do anything twice
     */
    Answer send(Attempt attempt, boolean safe) throws IOException {
        if (!safe) {
            return attempt.send();
        }
        try {
            return retry.executeCheckedSupplier(attempt::send);
        } catch (CancellationException interrupted) {
            // How resilience4j reports a wait between attempts cut short by an interrupt.
            InterruptedIOException failure = new InterruptedIOException("Interrupted while waiting to try again");
            failure.initCause(interrupted);
            throw failure;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable unexpected) {
            throw new IllegalStateException("A request failed in an unexpected way", unexpected);
        }
    }

    /** Whether a failure came from the thread being interrupted rather than from the network. */
    static boolean interrupted(IOException e) {
        return Thread.currentThread().isInterrupted() || (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException));
    }

    /**
     * How long to wait when a keyed POST was refused because its first attempt is still running on the server (a
     * retry after a read timeout, say): the server's {@code Retry-After}, at most 10 s; {@code null} for any other answer.
     */
    private static Duration stillRunning(Answer answer) {
        if (answer.status() != 409
                || !new String(answer.body(), StandardCharsets.UTF_8).contains(ProblemTypes.IDEMPOTENCY_IN_PROGRESS.toString())) {
            return null;
        }
        long seconds = 1;
        try {
            seconds = answer.retryAfter() == null ? 1 : Math.max(1, Long.parseLong(answer.retryAfter().trim()));
        } catch (NumberFormatException notSeconds) {
            // An HTTP date instead of seconds: wait the shortest time.
        }
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_IN_PROGRESS_WAIT) > 0 ? MAX_IN_PROGRESS_WAIT : wait;
    }

    /** One attempt at a request. */
    @FunctionalInterface
    interface Attempt {
        Answer send() throws IOException;
    }

    /** A whole answer, read before the connection goes back to the pool. */
    record Answer(int status, String contentType, byte[] body, String retryAfter) {
    }
}
