package dev.marquee.model.catalog;

import dev.marquee.model.VenueId;
import dev.marquee.model.constraints.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Body to create or change an event. Times are wall-clock times at the event, read in {@code timeZone}; a time
 * that does not exist there (inside a daylight-saving gap) is refused.
 *
 * @param venueId     where it takes place; the venue's organizer owns the event
 * @param title       the event's title
 * @param description a longer text, may be empty or {@code null}
 * @param category    a free category such as {@code Concert} or {@code Theatre}, may be empty or {@code null}
 * @param startsAt    when doors open, local time at the event
 * @param endsAt      when it ends, local time at the event; after {@code startsAt}
 * @param timeZone    IANA time zone of the times, such as {@code Europe/Berlin}; {@code null} takes the venue's
 * @param minimumAge  the minimum age of attendees in years, or {@code null} when there is none
 */
public record EventRequest(
        @NotNull VenueId venueId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) @MultiLine @Nullable String description,
        @Size(max = 60) @Nullable String category,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @Size(max = 64) @Nullable String timeZone,
        @Min(0) @Max(99) @Nullable Integer minimumAge) {
}
