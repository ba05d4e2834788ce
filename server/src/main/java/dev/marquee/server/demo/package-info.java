/**
 * Demo data for the {@code demo} profile: one organizer with a venue and three events, and one account per role,
 * so a newcomer can try every client at once. Nothing here runs without that profile.
 */
@ApplicationModule(displayName = "Demo data")
package dev.marquee.server.demo;

import org.springframework.modulith.ApplicationModule;
