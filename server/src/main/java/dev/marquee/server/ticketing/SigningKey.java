package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One Ed25519 key pair of an event, Base64-encoded. A key never changes once made; rotating adds a key with the
 * next number.
 */
@Entity
@Table(name = "event_signing_key")
@Immutable
class SigningKey {

    @EmbeddedId
    private Key id;
    private String publicKey;
    private String privateKey;
    private Instant createdAt;

    protected SigningKey() {
    }

    String publicKey() {
        return publicKey;
    }

    String privateKey() {
        return privateKey;
    }

    /**
     * A key's name: its event and its number there, counting from 1.
     *
     * @param eventId the event
     * @param keyId   the key's number
     */
    @Embeddable
    record Key(EventId eventId, int keyId) {
    }
}
