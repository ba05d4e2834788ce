package dev.marquee.model.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An event as staff see it.
 *
 * @param id          the event's id
 * @param organizerId the organizer that owns it
 * @param venueId     where it takes place
 * @param venueName   the venue's name, for lists
 * @param title       its title
 * @param description a longer text
 * @param category    a free category
 * @param startsAt    start, with the offset in force at the event
 * @param endsAt      end, with the offset in force at the event
 * @param timeZone    IANA time zone of the event
 * @param minimumAge  minimum age in years, or {@code null}
 * @param status      where it is in its life
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 */
public record EventView(
        EventId id, OrganizerId organizerId, VenueId venueId, String venueName, String title, String description,
        String category, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, @Nullable Integer minimumAge,
        EventStatus status, Instant createdAt, Instant updatedAt) {
}
