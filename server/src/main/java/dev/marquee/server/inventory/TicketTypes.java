package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The ticket types. Their counters move only through the conditional single-row updates below: the database
 * serialises them on the row, so two holds can never both take the last ticket.
 */
interface TicketTypes extends ListCrudRepository<TicketType, TicketTypeId> {

    @EntityGraph(attributePaths = "quotaIds")
    List<TicketType> findByIdIn(Collection<TicketTypeId> ids);

    @EntityGraph(attributePaths = "quotaIds")
    List<TicketType> findByEventIdOrderByCreatedAtAscIdAsc(EventId event);

    boolean existsByQuotaIdsContains(QuotaId quota);

    // Explicit SQL: the condition and the increment are one statement, so the capacity check cannot be raced.
    /** Reserves {@code quantity} if that many are left; 0 when not. */
    @Modifying
    @Query(value = "update ticket_type set held = held + :q where id = :id and held + sold + :q <= capacity", nativeQuery = true)
    int hold(UUID id, int q);

    // Explicit SQL: counters are only ever moved relative to what the database holds, never written from memory.
    @Modifying
    @Query(value = "update ticket_type set held = held - :q where id = :id", nativeQuery = true)
    int release(UUID id, int q);

    // Explicit SQL: as release.
    @Modifying
    @Query(value = "update ticket_type set held = held - :q, sold = sold + :q where id = :id", nativeQuery = true)
    int sell(UUID id, int q);

    // Explicit SQL: as release.
    @Modifying
    @Query(value = "update ticket_type set sold = sold - :q where id = :id", nativeQuery = true)
    int returnSold(UUID id, int q);
}
