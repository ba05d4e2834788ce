package dev.marquee.kiosk.engine;

import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the server what it has not got yet: online scans whose answer was lost, asked again under the same id, and
 * offline scans in batches under their own ids, which the server takes once, so an upload cut short is simply
 * repeated. The engine serialises it with syncing.
 */
final class ScanUpload {

    private static final Logger LOG = LoggerFactory.getLogger(ScanUpload.class);
    private static final int RESEND_LIMIT = 1000;

    private final LocalCache cache;
    private final ServerLink server;
    private final Predicate<UUID> inFlight;
    private final int batchSize;

    /**
     * @param inFlight whether a scan is being sent by the scanner right now, so not to send it twice at once
     */
    ScanUpload(LocalCache cache, ServerLink server, Predicate<UUID> inFlight, int batchSize) {
        this.cache = cache;
        this.server = server;
        this.inFlight = inFlight;
        this.batchSize = batchSize;
    }

    /**
     * Resends lost answers, then uploads offline scans oldest first. Each batch is marked uploaded only after the
     * server took it, so a failure part-way just leaves the rest for the next call.
     *
     * @throws ServerUnavailableException if the server does not answer; what was sent so far stays sent
     */
    UploadReport send(CheckInListView current) {
        int resent = 0;
        for (LocalCache.PendingScan scan : cache.scans(LocalCache.ScanState.SENT, RESEND_LIMIT)) {
            if (inFlight.test(scan.scanId())) {
                continue;
            }
            RedeemRequest request = new RedeemRequest(scan.token(), current.id(), scan.gate(), scan.scanId(), scan.scannedAt(), scan.direction());
            RedeemResult result = server.call(() -> server.client().checkIn().redeem(request));
            cache.recordAnswer(scan.scanId(), result.verdict(), result.reason(), result.ticketId() == null ? null : result.ticketId().value(),
                    scan.direction(), scan.scannedAt(), scan.gate());
            resent++;
        }
        int uploaded = 0;
        int accepted = 0;
        int repeated = 0;
        List<ScanBatchResult.DuplicateEntry> duplicates = new ArrayList<>();
        List<LocalCache.PendingScan> batch;
        while (!(batch = cache.scans(LocalCache.ScanState.QUEUED, batchSize)).isEmpty()) {
            ScanBatch scans = new ScanBatch(batch.stream().map(LocalCache.PendingScan::toOffline).toList());
            ScanBatchResult result = server.call(() -> server.client().checkIn().uploadScans(current.id(), scans));
            cache.markUploaded(batch);
            uploaded += batch.size();
            accepted += result.accepted();
            repeated += result.repeated();
            duplicates.addAll(result.duplicates());
        }
        if (uploaded > 0 || resent > 0) {
            LOG.info("Uploaded {} offline scans ({} new, {} repeated, {} duplicate entries) and resent {}", uploaded, accepted, repeated,
                    duplicates.size(), resent);
        }
        return new UploadReport(uploaded, accepted, repeated, resent, List.copyOf(duplicates));
    }
}
