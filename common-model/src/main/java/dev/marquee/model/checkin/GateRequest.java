package dev.marquee.model.checkin;

import dev.marquee.model.OrganizerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body to create a gate.
 *
 * @param organizerId whose gate it is
 * @param name        its name
 */
public record GateRequest(@NotNull OrganizerId organizerId, @NotBlank @Size(max = 80) String name) {
}
