package dev.marquee.model.booking;

import dev.marquee.model.Money;
import dev.marquee.model.constraints.Amount;
import dev.marquee.model.payment.PaymentMethod;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body to pay a hold at the box office.
 *
 * @param method            CASH, CARD_TERMINAL or COMPLIMENTARY
 * @param tendered          CASH: the cash handed over, at least the total
 * @param terminalReference CARD_TERMINAL: the reference the terminal printed
 * @param reason            COMPLIMENTARY: why the tickets are free
 * @param buyerName         optional
 * @param buyerEmail        optional
 */
public record BoxOfficeCheckoutRequest(
        @NotNull PaymentMethod method,
        @Amount Money tendered,
        @Size(max = 100) String terminalReference,
        @Size(max = 300) String reason,
        @Size(max = 120) String buyerName,
        @Email @Size(max = 200) String buyerEmail) {
}
