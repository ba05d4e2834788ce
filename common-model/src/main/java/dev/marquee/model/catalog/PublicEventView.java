package dev.marquee.model.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.inventory.AvailabilityView;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published event as anyone may see it, without staff-only fields.
 *
 * @param id           the event's id
 * @param title        its title
 * @param description  a longer text
 * @param category     a free category
 * @param venueName    where it takes place
 * @param venueAddress the venue's address
 * @param startsAt     start, with the offset in force at the event
 * @param endsAt       end, with the offset in force at the event
 * @param timeZone     IANA time zone of the event
 * @param minimumAge   minimum age in years, or {@code null}
 * @param ticketTypes  the ticket types on sale online, with live availability
 */
public record PublicEventView(
        EventId id, String title, String description, String category, String venueName, String venueAddress,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, @Nullable Integer minimumAge,
        List<AvailabilityView> ticketTypes) {
}
