/**
 * Demo data for the {@code demo} profile: one organizer with a venue and three events, and one account per role,
 * so a newcomer can try every client at once. Nothing here runs without that profile.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package dev.marquee.server.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
