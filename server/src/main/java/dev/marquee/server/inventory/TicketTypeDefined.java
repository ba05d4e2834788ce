package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;

/**
 * A ticket type was created or changed; carries its full state, so read models need not ask back.
 *
 * @param ticketTypeId the type
 * @param eventId      its event
 * @param organizerId  the event's organizer
 * @param name         its name
 * @param price        what one ticket costs
 * @param capacity     how many tickets it has in all
 * @param createdAt    when the type was created (not when it last changed)
 */
public record TicketTypeDefined(TicketTypeId ticketTypeId, EventId eventId, OrganizerId organizerId, String name, Money price,
        int capacity, Instant createdAt) {
}
