package dev.marquee.server.inventory;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.inventory.HoldView;

/**
 * A hold as other modules need it for checkout.
 *
 * @param hold        what is reserved, priced, and until when
 * @param organizerId the event's organizer
 * @param channel     where it was taken
 * @param active      whether it can still be checked out: neither released, sold nor expired
 */
public record HeldTickets(HoldView hold, OrganizerId organizerId, SalesChannel channel, boolean active) {
}
