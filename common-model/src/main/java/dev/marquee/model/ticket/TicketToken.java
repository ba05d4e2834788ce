package dev.marquee.model.ticket;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What a ticket's QR code asserts: which ticket it is, for which event and ticket type, which issue of it, and
 * optionally when it may be used.
 *
 * <p>The validity times are kept at whole-second precision, because that is all the code carries; truncating here
 * makes a token equal to the one read back from its code.
 *
 * @param ticketId     the ticket
 * @param eventId      the event the ticket admits to; selects the keys its signature is checked with
 * @param ticketTypeId the ticket type, such as standing or balcony
 * @param serial       the issue of the ticket, from 1 to {@value #MAX_SERIAL}; bumped on every reissue so that a code
 *                     from an earlier issue can be told apart from the current one
 * @param validFrom    the first instant the ticket admits, or {@code null} for no lower bound
 * @param validUntil   the last instant the ticket admits, or {@code null} for no upper bound
 */
public record TicketToken(UUID ticketId, UUID eventId, UUID ticketTypeId, int serial, Instant validFrom, Instant validUntil) {

    /** The highest serial a token can carry; the code has two bytes for it. */
    public static final int MAX_SERIAL = 0xFFFF;

    /**
     * Checks the ids and the serial, and truncates the validity times to seconds.
     *
     * @throws NullPointerException     if an id is null
     * @throws IllegalArgumentException if the serial is outside 1 to {@value #MAX_SERIAL}
     */
    public TicketToken {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("A ticket serial runs from 1 to " + MAX_SERIAL + ", not " + serial);
        }
        validFrom = validFrom == null ? null : validFrom.truncatedTo(ChronoUnit.SECONDS);
        validUntil = validUntil == null ? null : validUntil.truncatedTo(ChronoUnit.SECONDS);
    }
}
