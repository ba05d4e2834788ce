package dev.marquee.server.checkin;

import dev.marquee.model.EventId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.server.ticketing.TicketIssuer;
import dev.marquee.server.ticketing.TicketReissued;
import dev.marquee.server.ticketing.TicketRevoked;
import dev.marquee.server.ticketing.TicketSnapshot;
import dev.marquee.server.ticketing.TicketsIssued;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps check-in's own copy of the tickets, numbered in the event's change feed, from ticketing's events. Runs
 * after each sale or refund commits, off the sale's path; the event publication registry retries it if it fails.
 */
@Component
class TicketProjection {

    private final CheckInStore store;
    private final TicketIssuer tickets;

    TicketProjection(CheckInStore store, TicketIssuer tickets) {
        this.store = store;
        this.tickets = tickets;
    }

    @ApplicationModuleListener
    void on(TicketsIssued issued) {
        refresh(issued.eventId(), issued.tickets().stream().map(TicketsIssued.IssuedTicket::ticketId).toList(), null);
    }

    @ApplicationModuleListener
    void on(TicketRevoked revoked) {
        refresh(revoked.eventId(), List.of(revoked.ticketId()), revoked.reason() == TicketRevoked.Reason.CANCELLED ? "CANCELLED" : null);
    }

    @ApplicationModuleListener
    void on(TicketReissued reissued) {
        refresh(reissued.eventId(), List.of(reissued.ticketId()), null);
    }

    private void refresh(EventId event, List<TicketId> ids, String revokedAs) {
        for (TicketSnapshot ticket : tickets.snapshots(ids)) {
            String status = ticket.status() == TicketStatus.VALID ? "VALID" : revokedAs != null ? revokedAs : "REVOKED";
            store.upsertTicket(ticket.id().value(), event, ticket.ticketTypeId(), ticket.orderId().value(), ticket.serial(), status,
                    ticket.holderName(), store.nextSeq(event));
        }
    }
}
