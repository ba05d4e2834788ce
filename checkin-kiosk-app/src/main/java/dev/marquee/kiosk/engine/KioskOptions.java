package dev.marquee.kiosk.engine;

import java.time.Clock;
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
 * @param clock        what the engine reads the time from, such as when it last synced
 */
public record KioskOptions(String gate, Duration syncInterval, int pageSize, int uploadBatch, boolean live, Clock clock) {

    public KioskOptions {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(syncInterval, "syncInterval");
        Objects.requireNonNull(clock, "clock");
        if (pageSize < 1 || pageSize > 10_000 || uploadBatch < 1 || uploadBatch > 1_000) {
            throw new IllegalArgumentException("pageSize runs from 1 to 10,000 and uploadBatch from 1 to 1,000");
        }
    }

    /**
     * A gate named as given, syncing every 3 seconds in pages of 1,000, uploading 500 scans at a time, with live
     * updates, on the system clock.
     */
    public static KioskOptions gate(String gate) {
        return new KioskOptions(gate, Duration.ofSeconds(3), 1000, 500, true, Clock.systemUTC());
    }

    /** The same on another clock. */
    public KioskOptions withClock(Clock other) {
        return new KioskOptions(gate, syncInterval, pageSize, uploadBatch, live, other);
    }

    /** The same with or without live updates. */
    public KioskOptions withLive(boolean enabled) {
        return new KioskOptions(gate, syncInterval, pageSize, uploadBatch, enabled, clock);
    }
}
