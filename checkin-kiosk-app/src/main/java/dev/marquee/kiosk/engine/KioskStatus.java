package dev.marquee.kiosk.engine;

import java.time.Instant;

/**
 * What the kiosk's status bar shows.
 *
 * @param paired     whether the kiosk holds a device token
 * @param listName   the chosen check-in list, or {@code null}
 * @param online     whether the server answered the last call
 * @param syncedAt   when the local data was last brought up to date, or {@code null} before the first sync
 * @param expected   valid tickets on the list
 * @param admitted   tickets admitted at least once, as far as the kiosk knows
 * @param pending    scans not yet on the server
 */
public record KioskStatus(boolean paired, String listName, boolean online, Instant syncedAt, int expected, int admitted, int pending) {
}
