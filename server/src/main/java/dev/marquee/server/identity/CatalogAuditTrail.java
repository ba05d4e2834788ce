package dev.marquee.server.identity;

import dev.marquee.server.catalog.EventCancelled;
import dev.marquee.server.catalog.EventPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the catalog's lifecycle decisions into the audit log. Runs after the catalog's transaction commits,
 * from the event publication registry, so an entry is retried rather than lost if the server stops in between.
 */
@Component
class CatalogAuditTrail {

    private final AuditLog audit;

    CatalogAuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(EventPublished published) {
        audit.record("EVENT_PUBLISHED", published.publishedBy(), "event " + published.eventId(), null,
                "organizer " + published.organizerId());
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        audit.record("EVENT_CANCELLED", cancelled.cancelledBy(), "event " + cancelled.eventId(), null,
                cancelled.reason() == null ? "no reason given" : "reason: " + cancelled.reason());
    }
}
