package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.inventory.AvailabilityView;
import java.util.List;

/**
 * Supplies the ticket types shown with a public event. Implemented by the inventory, which depends on the
 * catalog; the catalog only knows this interface, so the dependency keeps pointing one way.
 */
public interface PublicTicketTypes {

    /** The ticket types of the event that are sold online, with live availability. */
    List<AvailabilityView> onSaleOnline(EventId event);
}
