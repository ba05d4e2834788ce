package dev.marquee.server.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of the keyed request running on this thread, for operations that commit in steps
 * ({@link IdempotentInSteps}). Such an operation records its answer in the transaction that commits its outcome,
 * so that once the outcome is committed a retry always gets this answer, even if the server dies before sending
 * it; and it can tell a retry of its own earlier, interrupted attempt by {@link #currentAttempt()}.
 */
public class IdempotentAnswers {

    private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

    private final IdempotencyRecords records;
    private final JsonMapper json;

    IdempotentAnswers(IdempotencyRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    /**
     * A stable name for the caller and {@code Idempotency-Key} of the running request: the same for every retry of
     * it, different for any other request. Empty when the request carries no key.
     */
    public Optional<String> currentAttempt() {
        return Optional.ofNullable(CURRENT.get()).map(Attempt::reference);
    }

    /**
     * Records the answer of the running keyed request as part of the current transaction; does nothing for a
     * request without a key.
     *
     * @throws SupersededAttemptException when a retry took the request over because this attempt stalled past its
     *                                    lease: roll back and leave the outcome to the retry
     */
    public void record(HttpStatus status, Object body) {
        Attempt attempt = CURRENT.get();
        if (attempt == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An idempotent answer must be recorded in the transaction that commits the outcome");
        }
        if (!records.complete(attempt.scope(), attempt.key(), attempt.owner(), status.value(), MediaType.APPLICATION_JSON_VALUE,
                json.writeValueAsString(body))) {
            throw new SupersededAttemptException();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                attempt.recorded = true;
            }
        });
    }

    static void bind(Attempt attempt) {
        CURRENT.set(attempt);
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** One attempt at running a keyed request: who asked, with which key, under which lease owner. */
    static final class Attempt {

        private final String scope;
        private final String key;
        private final String owner;
        private volatile boolean recorded;

        Attempt(String scope, String key, String owner) {
            this.scope = scope;
            this.key = key;
            this.owner = owner;
        }

        String scope() {
            return scope;
        }

        String key() {
            return key;
        }

        String owner() {
            return owner;
        }

        /** Whether the operation recorded its answer itself, in a transaction that committed. */
        boolean recorded() {
            return recorded;
        }

        void markRecorded() {
            recorded = true;
        }

        String reference() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest((scope + "\n" + key).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
