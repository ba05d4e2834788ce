package dev.marquee.server.ticketing;

/**
 * One ticket as it is printed: every field already formatted for the reader. {@code holderName} may be null or
 * blank for an unnamed ticket; {@code venueAddress} may span several lines.
 */
record PrintableTicket(String eventTitle, String venueName, String venueAddress, String startsAt, String ticketType,
        String price, String holderName, String orderCode, String ticketNumber, String qrText) { }
