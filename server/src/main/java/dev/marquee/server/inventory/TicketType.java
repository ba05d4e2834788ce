package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import java.time.Instant;
import java.util.Set;

/** A ticket type as stored, with its live counters. */
record TicketType(
        TicketTypeId id, EventId eventId, OrganizerId organizerId, String name, Money price, int capacity, int held, int sold,
        Instant saleStartsAt, Instant saleEndsAt, int maxPerOrder, Visibility visibility, Set<QuotaId> quotaIds) {

    TicketType {
        quotaIds = Set.copyOf(quotaIds);
    }

    int remaining() {
        return Math.max(0, capacity - held - sold);
    }

    /** Whether the sale window is open at {@code now}. */
    boolean onSaleAt(Instant now) {
        return (saleStartsAt == null || !now.isBefore(saleStartsAt)) && (saleEndsAt == null || now.isBefore(saleEndsAt));
    }

    boolean sellableThrough(SalesChannel channel) {
        return visibility == Visibility.PUBLIC || channel == SalesChannel.BOX_OFFICE;
    }

    TicketTypeView view(int available) {
        return new TicketTypeView(id, eventId, name, price, capacity, sold, held, available, saleStartsAt, saleEndsAt, maxPerOrder,
                visibility, quotaIds);
    }
}
