/**
 * Reporting: its own read model of the sales, kept from the other modules' events, for dashboards and exports:
 * sales per ticket type and over time, revenue, and CSV exports of orders and attendees.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package dev.marquee.server.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
