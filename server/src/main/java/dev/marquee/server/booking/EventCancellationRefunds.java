package dev.marquee.server.booking;

import dev.marquee.server.catalog.EventCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an event is cancelled, every paid order is refunded the way it was paid and its tickets are revoked. The
 * cancellation waits in the event publication registry until this completes; if the server stops halfway, it is
 * resubmitted on restart and carries on with the orders still paid.
 */
@Component
class EventCancellationRefunds {

    private static final Logger log = LoggerFactory.getLogger(EventCancellationRefunds.class);

    private final Sales sales;

    EventCancellationRefunds(Sales sales) {
        this.sales = sales;
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        int refunded = sales.refundEveryOrderOf(cancelled.eventId(), "event cancelled" + (cancelled.reason() == null ? "" : ": "
                + cancelled.reason()));
        log.info("Event {} cancelled: refunded {} orders", cancelled.eventId(), refunded);
    }
}
