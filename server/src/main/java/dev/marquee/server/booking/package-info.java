/**
 * Booking: orders and the sale itself, from hold to paid order with tickets, at the box office and online;
 * cancellation and refunds. Orchestrates inventory, payment and ticketing, and compensates when a step fails.
 */
@ApplicationModule(displayName = "Booking")
@NullMarked
package dev.marquee.server.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
