package dev.marquee.model.checkin;

import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as a kiosk caches it.
 *
 * @param id           the ticket
 * @param ticketTypeId its type
 * @param status       {@code VALID}, {@code REVOKED} or {@code UNPAID}
 * @param serial       its current serial; codes with another serial are revoked
 * @param holderName   the name on it, or {@code null}
 * @param seq          the change number
 */
public record FeedTicket(TicketId id, TicketTypeId ticketTypeId, String status, int serial, @Nullable String holderName, long seq) {
}
