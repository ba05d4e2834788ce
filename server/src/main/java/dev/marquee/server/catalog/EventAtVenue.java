package dev.marquee.server.catalog;

/** An event with the name and address of its venue, as views need them. */
record EventAtVenue(Event event, String venueName, String venueAddress) {
}
