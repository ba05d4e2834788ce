/**
 * Ticketing: issues tickets for paid orders, signs their QR tokens with a per-event Ed25519 key, reissues and
 * revokes them, and renders them as PDF.
 */
@ApplicationModule(displayName = "Ticketing")
@NullMarked
package dev.marquee.server.ticketing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
