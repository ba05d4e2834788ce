package dev.marquee.server.inventory;

import java.time.Instant;

/**
 * What one client address holds of one event right now.
 *
 * @param tickets    the tickets in its active, unexpired holds
 * @param nextExpiry when the first of those lapses; null when it holds nothing
 */
record ClientHolds(long tickets, Instant nextExpiry) {
}
