package dev.marquee.model.checkin;

import dev.marquee.model.TicketId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one scan, with what the screen shows.
 *
 * @param scanId         the scan
 * @param verdict        ADMITTED or REJECTED
 * @param reason         why it was rejected, or {@code null}
 * @param message        the verdict in plain words
 * @param ticketId       the ticket, when the code was readable; otherwise {@code null}
 * @param holderName     the name on the ticket, or {@code null}
 * @param ticketType     the ticket type's name, or {@code null}
 * @param firstAdmittedAt for ALREADY_ADMITTED: when it was first admitted; otherwise {@code null}
 * @param firstGate      for ALREADY_ADMITTED: at which gate; otherwise {@code null}
 */
public record RedeemResult(UUID scanId, Verdict verdict, @Nullable RejectReason reason, String message, @Nullable TicketId ticketId,
        @Nullable String holderName, @Nullable String ticketType, @Nullable Instant firstAdmittedAt, @Nullable String firstGate) {
}
