package dev.marquee.kiosk.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How a kiosk engine works.
 *
 * @param gate         the gate name scans are recorded at
 * @param syncInterval how often the background loop pulls changes and uploads queued scans
 * @param pageSize     tickets per change-feed page
 * @param uploadBatch  offline scans per upload request, at most 1,000
 * @param live         whether to also listen to live check-ins over the WebSocket
 */
public record KioskOptions(String gate, Duration syncInterval, int pageSize, int uploadBatch, boolean live) {

    public KioskOptions {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(syncInterval, "syncInterval");
        if (pageSize < 1 || pageSize > 10_000 || uploadBatch < 1 || uploadBatch > 1_000) {
            throw new IllegalArgumentException("pageSize runs from 1 to 10,000 and uploadBatch from 1 to 1,000");
        }
    }

    /** A gate named as given, syncing every 3 seconds in pages of 1,000, uploading 500 scans at a time, with live updates. */
    public static KioskOptions gate(String gate) {
        return new KioskOptions(gate, Duration.ofSeconds(3), 1000, 500, true);
    }

    /** The same with another sync interval. */
    public KioskOptions withSyncInterval(Duration interval) {
        return new KioskOptions(gate, interval, pageSize, uploadBatch, live);
    }

    /** The same with or without live updates. */
    public KioskOptions withLive(boolean enabled) {
        return new KioskOptions(gate, syncInterval, pageSize, uploadBatch, enabled);
    }
}
