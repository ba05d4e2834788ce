package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The shared capacity quotas; their counters move as conditionally as the ticket types'. */
interface Quotas extends ListCrudRepository<Quota, QuotaId> {

    List<Quota> findByEventIdOrderByNameAscIdAsc(EventId event);

    List<Quota> findByEventId(EventId event);

    // Explicit SQL: the condition and the increment are one statement, so the capacity check cannot be raced.
    @Modifying(flushAutomatically = true)
    @Query(value = "update quota set held = held + :q where id = :id and held + sold + :q <= capacity", nativeQuery = true)
    int hold(UUID id, int q);

    // Explicit SQL: counters are only ever moved relative to what the database holds, never written from memory.
    @Modifying
    @Query(value = "update quota set held = held - :q where id = :id", nativeQuery = true)
    int release(UUID id, int q);

    // Explicit SQL: as release.
    @Modifying(flushAutomatically = true)
    @Query(value = "update quota set held = held - :q, sold = sold + :q where id = :id", nativeQuery = true)
    int sell(UUID id, int q);

    // Explicit SQL: as release.
    @Modifying
    @Query(value = "update quota set sold = sold - :q where id = :id", nativeQuery = true)
    int returnSold(UUID id, int q);
}
