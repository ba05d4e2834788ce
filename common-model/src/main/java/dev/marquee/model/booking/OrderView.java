package dev.marquee.model.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.payment.PaymentMethod;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order with its tickets.
 *
 * @param id         the order's id
 * @param code       short code to read over the phone, such as {@code K7MX-42QP}
 * @param eventId    the event
 * @param eventTitle the event's title
 * @param status     where it is in its life
 * @param channel    {@code BOX_OFFICE} or {@code ONLINE}
 * @param method     how it was paid, or {@code null} before payment
 * @param buyerName  the buyer, or {@code null}
 * @param buyerEmail the buyer's email, or {@code null}
 * @param total      what the tickets cost
 * @param refunded   what has been paid back
 * @param createdAt  when it was created
 * @param paidAt     when it was paid, or {@code null}
 * @param tickets    its tickets, valid and revoked
 */
public record OrderView(OrderId id, String code, EventId eventId, String eventTitle, OrderStatus status, String channel,
        @Nullable PaymentMethod method, @Nullable String buyerName, @Nullable String buyerEmail, Money total, Money refunded,
        Instant createdAt, @Nullable Instant paidAt,
        List<OrderTicketView> tickets) {
}
