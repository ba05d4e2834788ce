package dev.marquee.model.checkin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the server made of an uploaded batch. Every scan is stored; the first scan of a ticket wins.
 *
 * @param accepted   how many scans were new
 * @param repeated   how many had been uploaded before (same scan id) and were ignored
 * @param duplicates scans the kiosk admitted although the ticket had already been admitted elsewhere
 */
public record ScanBatchResult(int accepted, int repeated, List<DuplicateEntry> duplicates) {

    /**
     * A ticket admitted twice.
     *
     * @param scanId          the later scan
     * @param ticketId        the ticket, as text
     * @param firstAdmittedAt when it was first admitted
     * @param firstGate       where
     */
    public record DuplicateEntry(UUID scanId, String ticketId, Instant firstAdmittedAt, String firstGate) {
    }
}
