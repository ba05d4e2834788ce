package dev.marquee.model.booking;

import dev.marquee.model.Money;
import org.jspecify.annotations.Nullable;

/**
 * Answer to a box-office checkout.
 *
 * @param order     the paid order with its tickets
 * @param tendered  CASH: what was handed over; otherwise {@code null}
 * @param changeDue CASH: what to hand back; otherwise {@code null}
 */
public record SaleReceipt(OrderView order, @Nullable Money tendered, @Nullable Money changeDue) {
}
