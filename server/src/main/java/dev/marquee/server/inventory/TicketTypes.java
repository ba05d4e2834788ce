package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The ticket types. Their counters move only through the conditional single-row updates below: the database
 * serialises them on the row, so two holds can never both take the last ticket. A hot ticket type's row is the one
 * every hold and sale waits for, so taking and selling come last in their transactions, after everything else of
 * the hold or sale is written ({@code flushAutomatically}): the row is then locked only for the update and the commit.
 */
interface TicketTypes extends ListCrudRepository<TicketType, TicketTypeId> {

    // JPQL rather than an entity graph, for the reason given on Holds.findById.
    @Query("select t from TicketType t left join fetch t.quotaIds where t.eventId = :event order by t.createdAt, t.id")
    List<TicketType> findByEventIdOrderByCreatedAtAscIdAsc(EventId event);

    /**
     * The event's ticket types as the sale reads them: read-only, so Hibernate keeps no snapshot of them and a flush
     * does not check them for changes; their counters move by the statements below, never by a save.
     */
    @Query("select t from TicketType t left join fetch t.quotaIds where t.eventId = :event")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<TicketType> findForSaleByEventId(EventId event);

    boolean existsByQuotaIdsContains(QuotaId quota);

    // Explicit SQL: the condition and the increment are one statement, so the capacity check cannot be raced.
    /** Reserves {@code quantity} if that many are left; 0 when not. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update ticket_type set held = held + :q where id = :id and held + sold + :q <= capacity", nativeQuery = true)
    int hold(UUID id, int q);

    // Explicit SQL: counters are only ever moved relative to what the database holds, never written from memory.
    @Modifying
    @Query(value = "update ticket_type set held = held - :q where id = :id", nativeQuery = true)
    int release(UUID id, int q);

    // Explicit SQL: as release.
    @Modifying(flushAutomatically = true)
    @Query(value = "update ticket_type set held = held - :q, sold = sold + :q where id = :id", nativeQuery = true)
    int sell(UUID id, int q);

    // Explicit SQL: as release.
    @Modifying
    @Query(value = "update ticket_type set sold = sold - :q where id = :id", nativeQuery = true)
    int returnSold(UUID id, int q);
}
