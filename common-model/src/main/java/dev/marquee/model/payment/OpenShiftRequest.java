package dev.marquee.model.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.constraints.Amount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body to open a box-office shift.
 *
 * @param till          the name of the till, such as {@code Counter 1}
 * @param openingFloat  the cash in the drawer at the start
 * @param organizerId   whose sales the till takes; may be omitted when the seller belongs to one organizer only
 */
public record OpenShiftRequest(@NotBlank @Size(max = 60) String till, @NotNull @Amount Money openingFloat, OrganizerId organizerId) {
}
