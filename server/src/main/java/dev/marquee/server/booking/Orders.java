package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.booking.OrderStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;

/** The orders. Saving an order publishes the events it registered, in the caller's transaction. */
interface Orders extends JpaRepository<Order, OrderId>, JpaSpecificationExecutor<Order> {

    /** The order, locked until the transaction ends, for compensations that may race each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Order> findLockedById(OrderId id);

    /** The order of a hold, locked as {@link #findLockedById}. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Order> findLockedByHoldId(HoldId hold);

    Optional<Order> findByCode(String code);

    boolean existsByCode(String code);

    Optional<Order> findByHoldId(HoldId hold);

    List<Order> findByEventIdAndStatusOrderByCreatedAt(EventId event, OrderStatus status);

    /**
     * Orders matching an order code exactly, or whose buyer email or name contains the text, newest first.
     *
     * @param organizers only these organizers' orders; {@code null} for all
     */
    default List<Order> search(@Nullable Set<OrganizerId> organizers, @Nullable String code, @Nullable String text, @Nullable EventId event,
            int limit) {
        if (organizers != null && organizers.isEmpty()) {
            return List.of();
        }
        Specification<Order> matching = Specification.unrestricted();
        if (organizers != null) {
            matching = matching.and((order, query, where) -> order.get("organizerId").in(organizers));
        }
        if (event != null) {
            matching = matching.and((order, query, where) -> where.equal(order.get("eventId"), event));
        }
        if (text != null && !text.isBlank()) {
            String pattern = "%" + text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            matching = matching.and((order, query, where) -> where.or(where.equal(order.get("code"), code == null ? "" : code),
                    where.like(where.lower(order.get("buyerEmail")), pattern, '!'),
                    where.like(where.lower(order.get("buyerName")), pattern, '!')));
        }
        return findBy(matching, query -> query.sortBy(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))).limit(limit).all());
    }
}
