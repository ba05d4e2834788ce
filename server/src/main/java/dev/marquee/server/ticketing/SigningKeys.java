package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The events' signing keys. They are only ever added. */
interface SigningKeys extends Repository<SigningKey, SigningKey.Key> {

    Optional<SigningKey> findFirstByIdEventIdOrderByIdKeyIdDesc(EventId event);

    List<SigningKey> findByIdEventIdOrderByIdKeyIdDesc(EventId event);

    boolean existsByIdEventId(EventId event);

    /** An on-conflict insert: of two callers racing to make an event's first key, the loser's insert does nothing. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into event_signing_key (event_id, key_id, public_key, private_key, created_at)
            values (:event, 1, :publicKey, :privateKey, :now) on conflict do nothing
            """)
    void addFirstKey(UUID event, String publicKey, String privateKey, Instant now);
}
