package dev.marquee.server.checkin;

import dev.marquee.server.inventory.TicketTypeDefined;
import dev.marquee.server.inventory.TicketTypeRemoved;
import dev.marquee.server.ticketing.TicketReissued;
import dev.marquee.server.ticketing.TicketRevoked;
import dev.marquee.server.ticketing.TicketsIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps check-in's own copy of the tickets, numbered in the event's change feed, and of the ticket type names,
 * from the events of ticketing and inventory alone. Runs after each sale or refund commits, off the sale's path;
 * the event publication registry retries it if it fails. A redelivered event changes nothing a kiosk would see:
 * an issued ticket is inserted once, a reissue only raises the serial, a revocation sets the same status again.
 */
@Component
class TicketProjection {

    private final CheckInStore store;

    TicketProjection(CheckInStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(TicketsIssued issued) {
        for (TicketsIssued.IssuedTicket ticket : issued.tickets()) {
            store.addTicket(ticket.ticketId(), issued.eventId(), ticket.ticketTypeId(), issued.orderId(), ticket.serial(), ticket.holderName(),
                    store.nextSeq(issued.eventId()));
        }
    }

    @ApplicationModuleListener
    void on(TicketRevoked revoked) {
        String status = revoked.reason() == TicketRevoked.Reason.CANCELLED ? "CANCELLED" : "REVOKED";
        store.revokeTicket(revoked.ticketId(), status, store.nextSeq(revoked.eventId()));
    }

    @ApplicationModuleListener
    void on(TicketReissued reissued) {
        store.reissueTicket(reissued.ticketId(), reissued.serial(), reissued.holderName(), store.nextSeq(reissued.eventId()));
    }

    @ApplicationModuleListener
    void on(TicketTypeDefined defined) {
        store.defineType(defined.ticketTypeId(), defined.eventId(), defined.name());
    }

    @ApplicationModuleListener
    void on(TicketTypeRemoved removed) {
        store.removeType(removed.ticketTypeId());
    }
}
