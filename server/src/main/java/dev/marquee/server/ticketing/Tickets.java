package dev.marquee.server.ticketing;

import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The issued tickets. */
interface Tickets extends ListCrudRepository<Ticket, TicketId> {

    List<Ticket> findByOrderIdOrderByIssuedAtAscIdAsc(OrderId order);

    /** Saves and writes at once, so that a concurrent change of the same tickets shows here rather than at commit. */
    <S extends Ticket> List<S> saveAllAndFlush(Iterable<S> tickets);
}
