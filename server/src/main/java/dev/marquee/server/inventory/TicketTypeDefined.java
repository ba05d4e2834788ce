package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;

/**
 * A ticket type was created or changed; carries its full state, so a listener may simply keep the latest.
 *
 * @param ticketTypeId the type
 * @param eventId      its event
 * @param organizerId  its organizer
 * @param name         its name
 * @param price        its price
 * @param capacity     how many may be sold
 * @param createdAt    when it was created
 */
public record TicketTypeDefined(TicketTypeId ticketTypeId, EventId eventId, OrganizerId organizerId, String name, Money price, int capacity,
        Instant createdAt) {
}
