package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;

/**
 * The number of tickets left changed for some ticket type of the event; read the new figures from the inventory.
 * Deliberately small, so it can travel between server instances cheaply.
 *
 * @param eventId     the event
 * @param organizerId its organizer
 */
public record AvailabilityChanged(EventId eventId, OrganizerId organizerId) {
}
