package dev.marquee.server.checkin;

import dev.marquee.server.inventory.TicketTypeDefined;
import dev.marquee.server.inventory.TicketTypeRemoved;
import dev.marquee.server.ticketing.TicketReissued;
import dev.marquee.server.ticketing.TicketRevoked;
import dev.marquee.server.ticketing.TicketsIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps check-in's own copy of the tickets, numbered in the event's change feed, and of the ticket type names,
 * from the events of ticketing and inventory alone, in the transaction that publishes them: a ticket is admissible
 * the moment its sale commits, and never without it. Delivered through the event publication registry instead, each
 * sale cost three more commits. The change number comes from the event's counter row, which the gates' scans take
 * too; a sale holds it only for the rest of its transaction, the same moment it already holds its ticket type's row.
 * Writes stay safe to repeat: an issued ticket is inserted once, a reissue only raises the serial, a revocation sets
 * the same status again.
 */
@Component
class TicketProjection {

    private final CheckInStore store;

    TicketProjection(CheckInStore store) {
        this.store = store;
    }

    @EventListener
    void on(TicketsIssued issued) {
        long seq = store.nextSeqs(issued.eventId(), issued.tickets().size());
        for (TicketsIssued.IssuedTicket ticket : issued.tickets()) {
            store.addTicket(ticket.ticketId(), issued.eventId(), ticket.ticketTypeId(), issued.orderId(), ticket.serial(), ticket.holderName(),
                    seq++);
        }
    }

    @EventListener
    void on(TicketRevoked revoked) {
        String status = revoked.reason() == TicketRevoked.Reason.CANCELLED ? "CANCELLED" : "REVOKED";
        store.revokeTicket(revoked.ticketId(), status, store.nextSeq(revoked.eventId()));
    }

    @EventListener
    void on(TicketReissued reissued) {
        store.reissueTicket(reissued.ticketId(), reissued.serial(), reissued.holderName(), store.nextSeq(reissued.eventId()));
    }

    @EventListener
    void on(TicketTypeDefined defined) {
        store.defineType(defined.ticketTypeId(), defined.eventId(), defined.name());
    }

    @EventListener
    void on(TicketTypeRemoved removed) {
        store.removeType(removed.ticketTypeId());
    }
}
