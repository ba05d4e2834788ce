/** Records of the booking API: orders, checkout at the box office and online, and refunds. */
package dev.marquee.model.booking;
