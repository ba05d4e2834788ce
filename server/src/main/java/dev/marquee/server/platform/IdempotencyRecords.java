package dev.marquee.server.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code idempotency_record} table: one row per caller and key, IN_PROGRESS under the lease of the attempt
 * running it, then COMPLETED with the answer. Every write after the claim names the owning attempt, so an attempt
 * whose lease lapsed and was taken over can neither renew nor complete the record any more.
 */
class IdempotencyRecords {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lease;

    IdempotencyRecords(JdbcClient jdbc, Clock clock, Duration lease) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lease = lease;
    }

    Duration lease() {
        return lease;
    }

    Instant now() {
        return clock.instant();
    }

    /** A record as stored. {@code leaseUntil} is null once the record is completed. */
    record Stored(String requestHash, String state, Integer statusCode, String contentType, String body, Instant leaseUntil) {

        boolean completed() {
            return "COMPLETED".equals(state);
        }
    }

    /** @return the new attempt's owner id, or empty when the key is taken already */
    Optional<String> claim(String scope, String key, String hash) {
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into idempotency_record (scope, idem_key, request_hash, state, owner, lease_until, created_at)
                    values (:scope, :key, :hash, 'IN_PROGRESS', :owner, :until, :now)
                    """)
                    .param("scope", scope).param("key", key).param("hash", hash).param("owner", owner)
                    .param("until", Timestamps.utc(now.plus(lease))).param("now", Timestamps.utc(now))
                    .update();
            return Optional.of(owner);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    Optional<Stored> find(String scope, String key) {
        return jdbc.sql("""
                select request_hash, state, status_code, content_type, body, lease_until from idempotency_record
                where scope = :scope and idem_key = :key
                """)
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getString(5), Timestamps.instant(rs, "lease_until")))
                .optional();
    }

    /**
     * Takes over an in-progress record whose lease lapsed, because the attempt holding it died. Of several retries
     * racing for it, exactly one wins.
     *
     * @return the new owner id, or empty when the lease is still held or the record moved on
     */
    Optional<String> takeOver(String scope, String key, String hash) {
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        int taken = jdbc.sql("""
                update idempotency_record set owner = :owner, lease_until = :until
                where scope = :scope and idem_key = :key and request_hash = :hash and state = 'IN_PROGRESS'
                    and (lease_until is null or lease_until < :now)
                """)
                .param("owner", owner).param("until", Timestamps.utc(now.plus(lease)))
                .param("scope", scope).param("key", key).param("hash", hash).param("now", Timestamps.utc(now))
                .update();
        return taken == 1 ? Optional.of(owner) : Optional.empty();
    }

    /** Extends the lease of a running attempt; false when the attempt no longer owns the record. */
    boolean renew(String scope, String key, String owner) {
        return jdbc.sql("""
                update idempotency_record set lease_until = :until
                where scope = :scope and idem_key = :key and owner = :owner and state = 'IN_PROGRESS'
                """)
                .param("until", Timestamps.utc(clock.instant().plus(lease)))
                .param("scope", scope).param("key", key).param("owner", owner)
                .update() == 1;
    }

    /**
     * Stores the answer, in the caller's transaction if there is one.
     *
     * @return false when the attempt no longer owns the record
     */
    boolean complete(String scope, String key, String owner, int status, String contentType, String body) {
        return jdbc.sql("""
                update idempotency_record set state = 'COMPLETED', status_code = :status, content_type = :type, body = :body,
                    lease_until = null
                where scope = :scope and idem_key = :key and owner = :owner and state = 'IN_PROGRESS'
                """)
                .param("status", status).param("type", contentType).param("body", body)
                .param("scope", scope).param("key", key).param("owner", owner)
                .update() == 1;
    }

    /** Drops the attempt's record, so that a retry runs afresh. */
    void forget(String scope, String key, String owner) {
        jdbc.sql("delete from idempotency_record where scope = :scope and idem_key = :key and owner = :owner and state = 'IN_PROGRESS'")
                .param("scope", scope).param("key", key).param("owner", owner).update();
    }

    void forgetOlderThan(Duration age) {
        jdbc.sql("delete from idempotency_record where created_at < :cutoff")
                .param("cutoff", Timestamps.utc(clock.instant().minus(age))).update();
    }
}
