package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.ticket.EventKeys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ed25519 key pairs that sign each event's tickets. A key is made when the event is published, or at the
 * latest when its first ticket is issued. Several keys per event are kept so that a key can be rotated while
 * tickets signed by the old one stay valid.
 */
@Component
@Transactional
class SigningKeyring {

    private final SigningKeys keys;
    private final Clock clock;
    private final Map<EventId, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    SigningKeyring(SigningKeys keys, Clock clock) {
        this.keys = keys;
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
        PrivateKey key = EventKeys.decodePrivate(keys.findFirstByIdEventIdOrderByIdKeyIdDesc(event).orElseThrow().privateKey());
        privateKeys.put(event, key);
        return key;
    }

    /** Every public key of the event, newest first, as Base64 for kiosks. */
    @Transactional(readOnly = true)
    List<String> publicKeysEncoded(EventId event) {
        return keys.findByIdEventIdOrderByIdKeyIdDesc(event).stream().map(SigningKey::publicKey).toList();
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
        if (keys.existsByIdEventId(event)) {
            return;
        }
        KeyPair pair = EventKeys.generate();
        keys.addFirstKey(event.value(), EventKeys.encodePublic(pair.getPublic()), EventKeys.encodePrivate(pair.getPrivate()), clock.instant());
    }
}
