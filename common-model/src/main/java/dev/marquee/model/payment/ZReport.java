package dev.marquee.model.payment;

import dev.marquee.model.Money;
import dev.marquee.model.ShiftId;
import java.time.Instant;
import java.util.List;

/**
 * The closing report of a shift: what the drawer should hold, what was counted, and the takings per method.
 *
 * @param shiftId      the shift
 * @param till         the till
 * @param username     who worked it
 * @param openedAt     when it opened
 * @param closedAt     when it closed
 * @param openingFloat cash at the start
 * @param cashSales    cash taken for sales
 * @param cashRefunds  cash paid back
 * @param expectedCash float plus cash sales minus cash refunds
 * @param countedCash  what was counted
 * @param variance     counted minus expected: negative when cash is missing
 * @param byMethod     takings per payment method
 */
public record ZReport(ShiftId shiftId, String till, String username, Instant openedAt, Instant closedAt, Money openingFloat,
        Money cashSales, Money cashRefunds, Money expectedCash, Money countedCash, Money variance, List<MethodTotal> byMethod) {

    /**
     * Takings of one method during the shift.
     *
     * @param method  the payment method
     * @param sales   charged
     * @param refunds paid back
     * @param net     sales minus refunds
     * @param charges how many charges
     */
    public record MethodTotal(PaymentMethod method, Money sales, Money refunds, Money net, int charges) {
    }
}
