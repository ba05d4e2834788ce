package dev.marquee.model.inventory;

import dev.marquee.model.TicketTypeId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How many tickets of one type to reserve.
 *
 * @param ticketTypeId the type
 * @param quantity     how many, at least one
 */
public record HoldItem(@NotNull TicketTypeId ticketTypeId, @Min(1) @Max(100) int quantity) {
}
