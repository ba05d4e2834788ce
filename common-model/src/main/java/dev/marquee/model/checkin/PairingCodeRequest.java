package dev.marquee.model.checkin;

import dev.marquee.model.OrganizerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body to create a one-time pairing code for a kiosk.
 *
 * @param organizerId the organizer the kiosk will work for
 * @param deviceName  a name to recognise the kiosk by, such as {@code North gate 1}
 */
public record PairingCodeRequest(@NotNull OrganizerId organizerId, @NotBlank @Size(max = 80) String deviceName) {
}
