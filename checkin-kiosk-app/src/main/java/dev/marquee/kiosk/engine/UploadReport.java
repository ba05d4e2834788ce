package dev.marquee.kiosk.engine;

import dev.marquee.model.checkin.ScanBatchResult;
import java.util.List;

/**
 * What one {@link KioskEngine#uploadPending()} achieved.
 *
 * @param uploaded   offline scans that reached the server in this call
 * @param accepted   of those, how many the server had not seen before
 * @param repeated   of those, how many it had (an earlier upload whose answer was lost)
 * @param resent     online scans whose answer had been lost, asked again
 * @param duplicates admissions the server flagged: the ticket had already come in elsewhere
 */
public record UploadReport(int uploaded, int accepted, int repeated, int resent, List<ScanBatchResult.DuplicateEntry> duplicates) {
}
