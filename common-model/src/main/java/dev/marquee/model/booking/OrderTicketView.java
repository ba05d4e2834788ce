package dev.marquee.model.booking;

import dev.marquee.model.Money;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket of an order.
 *
 * @param id           the ticket's id
 * @param ticketTypeId its type
 * @param typeName     the type's name
 * @param price        what was paid for it
 * @param status       whether it admits
 * @param serial       bumped on every reissue; older QR codes stop working
 * @param holderName   the name printed on it, or {@code null}
 * @param qrText       the signed token in its QR code
 */
public record OrderTicketView(TicketId id, TicketTypeId ticketTypeId, String typeName, Money price, TicketStatus status, int serial,
        @Nullable String holderName, String qrText) {
}
