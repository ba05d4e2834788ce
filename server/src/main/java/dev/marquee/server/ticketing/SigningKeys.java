package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.ticket.EventKeys;
import dev.marquee.server.platform.Timestamps;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ed25519 key pairs that sign each event's tickets. A key is made when the event is published, or at the
 * latest when its first ticket is issued. Several keys per event are kept so that a key can be rotated while
 * tickets signed by the old one stay valid.
 */
@Component
@Transactional
class SigningKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<EventId, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The newest private key of the event, created if it has none. Kept in memory once read: signing is on the
     * sale's path, and an event's key does not change once made (rotation would add a key and clear this cache).
     */
    PrivateKey signingKey(EventId event) {
        PrivateKey cached = privateKeys.get(event);
        if (cached != null) {
            return cached;
        }
        ensureKey(event);
        PrivateKey key = jdbc.sql("select private_key from event_signing_key where event_id = :event order by key_id desc limit 1")
                .param("event", event.value()).query((rs, n) -> EventKeys.decodePrivate(rs.getString(1))).single();
        privateKeys.put(event, key);
        return key;
    }

    /** Every public key of the event, newest first, as Base64 for kiosks. */
    @Transactional(readOnly = true)
    List<String> publicKeysEncoded(EventId event) {
        return jdbc.sql("select public_key from event_signing_key where event_id = :event order by key_id desc")
                .param("event", event.value()).query(String.class).list();
    }

    @Transactional(readOnly = true)
    List<PublicKey> publicKeys(EventId event) {
        return publicKeysEncoded(event).stream().map(EventKeys::decodePublic).toList();
    }

    /**
     * Creates the event's first key unless it has one; safe when two callers race, since the loser's insert does
     * nothing and it then reads the winner's key. Runs in the caller's transaction: a nested one would need a
     * second connection per sale and could drain the pool under load.
     */
    void ensureKey(EventId event) {
        boolean exists = jdbc.sql("select count(*) from event_signing_key where event_id = :event").param("event", event.value())
                .query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        KeyPair pair = EventKeys.generate();
        jdbc.sql("""
                insert into event_signing_key (event_id, key_id, public_key, private_key, created_at)
                values (:event, 1, :public, :private, :now) on conflict do nothing
                """)
                .param("event", event.value()).param("public", EventKeys.encodePublic(pair.getPublic()))
                .param("private", EventKeys.encodePrivate(pair.getPrivate()))
                .param("now", Timestamps.utc(clock.instant()))
                .update();
    }
}
