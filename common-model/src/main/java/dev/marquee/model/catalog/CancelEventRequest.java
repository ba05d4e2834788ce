package dev.marquee.model.catalog;

import dev.marquee.model.constraints.MultiLine;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Optional body of {@code POST /api/v1/events/{id}/cancel}.
 *
 * @param reason why the event is called off, for the audit trail and for attendees; may be {@code null}
 */
public record CancelEventRequest(@Size(max = 500) @MultiLine @Nullable String reason) {
}
