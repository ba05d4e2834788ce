package dev.marquee.model.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body to create or change a capacity quota shared by ticket types, such as the 1,000 places of a hall shared by
 * Standing and VIP.
 *
 * @param name     such as {@code Hall capacity}
 * @param capacity how many tickets all its types together may sell
 */
public record QuotaRequest(@NotBlank @Size(max = 120) String name, @Min(0) @Max(10_000_000) int capacity) {
}
