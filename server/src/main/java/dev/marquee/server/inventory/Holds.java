package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The holds. A hold leaves ACTIVE exactly once, guarded by a conditional update of its status. */
interface Holds extends ListCrudRepository<Hold, HoldId> {

    // JPQL rather than an entity graph: a fetch join reads the hold with its lines in one select as a graph would,
    // but Hibernate keeps its plan, where a graph makes it plan the load anew on every call (a sale's largest cost).
    @Override
    @Query("select h from Hold h left join fetch h.items where h.id = :id")
    Optional<Hold> findById(HoldId id);

    // Explicit SQL: conditional on ACTIVE, so when a release and a checkout or the sweeper race, exactly one wins.
    /** Moves an active hold to {@code status}; 0 if it was no longer active. */
    @Modifying
    @Query(value = "update hold set status = :status where id = :id and status = 'ACTIVE'", nativeQuery = true)
    int leaveActive(UUID id, String status);

    // Explicit SQL: as leaveActive, and only while unexpired, so a lapsed hold the sweeper has not reached cannot be sold.
    @Modifying
    @Query(value = "update hold set status = 'SOLD' where id = :id and status = 'ACTIVE' and expires_at > :now", nativeQuery = true)
    int sellIfActive(UUID id, Instant now);

    // Explicit SQL: SKIP LOCKED lets several instances sweep at once, each claiming holds no other sweeper is releasing.
    /** Claims up to {@code limit} expired active holds for this transaction. */
    @Query(value = """
            select * from hold where status = 'ACTIVE' and expires_at <= :now
            order by expires_at limit :limit
            for update skip locked
            """, nativeQuery = true)
    List<Hold> claimExpired(Instant now, int limit);

    // Explicit SQL: an insert that does nothing when the row exists, so every hold of an address finds one row to lock.
    @Modifying
    @Query(value = "insert into hold_client (event_id, client_address) values (:event, :client) on conflict do nothing", nativeQuery = true)
    int addClient(UUID event, String client);

    // Explicit SQL: a row lock held until commit, so two holds of one address queue and the second counts the first's tickets.
    @Query(value = "select 1 from hold_client where event_id = :event and client_address = :client for update", nativeQuery = true)
    List<Integer> lockClient(UUID event, String client);

    /** The tickets one client address holds of one event in unexpired holds in {@code status}, which is ACTIVE to count live ones. */
    @Query("""
            select new dev.marquee.server.inventory.ClientHolds(coalesce(sum(i.quantity), 0L), min(h.expiresAt))
            from Hold h join h.items i
            where h.eventId = :event and h.clientAddress = :client and h.status = :status and h.expiresAt > :now
            """)
    ClientHolds heldBy(EventId event, String client, Hold.Status status, Instant now);
}
