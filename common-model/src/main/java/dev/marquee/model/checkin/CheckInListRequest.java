package dev.marquee.model.checkin;

import dev.marquee.model.TicketTypeId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Body to create a check-in list for an event.
 *
 * @param name          such as {@code Main entrance}
 * @param ticketTypeIds the ticket types it admits
 * @param validFrom     from when it admits, or {@code null}
 * @param validUntil    until when it admits, or {@code null}
 * @param allowExit     whether exit scans are recorded
 * @param allowReentry  whether someone who went out may come in again
 */
public record CheckInListRequest(
        @NotBlank @Size(max = 120) String name,
        @NotEmpty Set<@NotNull TicketTypeId> ticketTypeIds,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil,
        boolean allowExit,
        boolean allowReentry) {
}
