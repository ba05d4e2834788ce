package dev.marquee.model.booking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body to pay a hold online.
 *
 * @param buyerName  the buyer's name, printed on the tickets
 * @param buyerEmail where the tickets go
 */
public record PublicCheckoutRequest(@NotBlank @Size(max = 120) String buyerName, @NotBlank @Email @Size(max = 200) String buyerEmail) {
}
