/**
 * Reporting: read models for dashboards and exports, computed from the other modules' tables without changing
 * them: sales per ticket type and over time, revenue, and CSV exports of orders and attendees.
 */
@ApplicationModule(displayName = "Reporting")
package dev.marquee.server.reporting;

import org.springframework.modulith.ApplicationModule;
