package dev.marquee.model.checkin;

import dev.marquee.model.TicketId;
import java.time.Instant;

/**
 * A ticket's presence on the list changed.
 *
 * @param ticketId the ticket
 * @param inside   whether it is now inside
 * @param firstAdmittedAt when it was first admitted
 * @param firstGate where
 * @param seq      the change number
 */
public record FeedCheckIn(TicketId ticketId, boolean inside, Instant firstAdmittedAt, String firstGate, long seq) {
}
