package dev.marquee.kiosk.engine;

import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.Verdict;
import java.time.Instant;
import java.util.UUID;

/**
 * The verdict on one scan, as the kiosk shows it. It is stored in the local database before it is returned.
 *
 * @param scanId          the scan's id, also the server's
 * @param verdict         ADMITTED or REJECTED
 * @param reason          why it was rejected, or {@code null}
 * @param holderName      the name on the ticket, or {@code null}
 * @param ticketType      the ticket type's name, or {@code null}
 * @param firstAdmittedAt for ALREADY_ADMITTED: when it was first admitted, if known
 * @param firstGate       for ALREADY_ADMITTED: where, if known
 * @param offline         whether the kiosk decided it by itself, without the server
 */
public record ScanOutcome(UUID scanId, Verdict verdict, RejectReason reason, String holderName, String ticketType, Instant firstAdmittedAt,
        String firstGate, boolean offline) {

    /** Whether to let them pass. */
    public boolean admitted() {
        return verdict == Verdict.ADMITTED;
    }

    /** The verdict in plain words: {@code Admitted}, or the reason's words. */
    public String words() {
        return admitted() ? "Admitted" : reason.words();
    }
}
