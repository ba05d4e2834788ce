package dev.marquee.model.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.ShiftId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the append-only payment ledger.
 *
 * @param sequence  increasing number of the entry
 * @param orderId   the order it belongs to
 * @param kind      {@code CHARGE} or {@code REFUND}
 * @param method    how the money moved
 * @param amount    how much, always positive
 * @param reference the terminal's or gateway's reference, or the reason of a complimentary sale
 * @param shiftId   the box-office shift it was booked to, or {@code null}
 * @param at        when
 */
public record LedgerEntryView(long sequence, OrderId orderId, String kind, PaymentMethod method, Money amount, String reference,
        @Nullable ShiftId shiftId, Instant at) {
}
