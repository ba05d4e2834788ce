/**
 * Check-in: lists and gates, online redeem that admits a ticket once across all gates, the change feed that
 * kiosks sync for offline work, upload of offline scans with duplicate detection, and attendance.
 */
@ApplicationModule(displayName = "Check-in")
@NullMarked
package dev.marquee.server.checkin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
