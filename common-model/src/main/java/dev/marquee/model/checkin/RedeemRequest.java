package dev.marquee.model.checkin;

import dev.marquee.model.CheckInListId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/checkin/redeem}.
 *
 * @param token     the scanned QR text
 * @param listId    the check-in list the kiosk works
 * @param gate      the gate's name
 * @param scanId    made by the kiosk once per scan; repeating it returns the first answer
 * @param scannedAt when the kiosk scanned it
 * @param direction ENTRY or EXIT; ENTRY when omitted
 */
public record RedeemRequest(
        @NotNull @Size(max = 2000) String token,
        @NotNull CheckInListId listId,
        @NotBlank @Size(max = 80) String gate,
        @NotNull UUID scanId,
        @NotNull Instant scannedAt,
        Direction direction) {
}
