package dev.marquee.model.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/devices/pair}, sent by a kiosk.
 *
 * @param code the pairing code shown in the organizer console
 */
public record PairRequest(@NotBlank @Size(max = 20) String code) {
}
