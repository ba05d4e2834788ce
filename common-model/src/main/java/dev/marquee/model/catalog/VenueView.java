package dev.marquee.model.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;

/**
 * A place where events happen.
 *
 * @param id          the venue's id
 * @param organizerId the organizer that owns it
 * @param name        its name
 * @param address     its postal address, in one or more lines
 * @param capacity    how many people it holds
 * @param timeZone    its IANA time zone, such as {@code Europe/Berlin}; the default for its events
 */
public record VenueView(VenueId id, OrganizerId organizerId, String name, String address, int capacity, String timeZone) {
}
