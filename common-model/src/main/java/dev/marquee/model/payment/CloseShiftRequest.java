package dev.marquee.model.payment;

import dev.marquee.model.Money;
import dev.marquee.model.constraints.Amount;
import jakarta.validation.constraints.NotNull;

/**
 * Body to close a shift.
 *
 * @param countedCash the cash counted in the drawer at the end
 */
public record CloseShiftRequest(@NotNull @Amount Money countedCash) {
}
