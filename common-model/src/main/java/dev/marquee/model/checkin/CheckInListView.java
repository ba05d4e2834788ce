package dev.marquee.model.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A check-in list.
 *
 * @param id            the list's id
 * @param eventId       its event
 * @param name          its name
 * @param ticketTypeIds the ticket types it admits
 * @param validFrom     from when it admits, or {@code null}
 * @param validUntil    until when, or {@code null}
 * @param allowExit     whether exit scans are recorded
 * @param allowReentry  whether re-entry is allowed
 */
public record CheckInListView(CheckInListId id, EventId eventId, String name, Set<TicketTypeId> ticketTypeIds, @Nullable Instant validFrom,
        @Nullable Instant validUntil, boolean allowExit, boolean allowReentry) {
}
