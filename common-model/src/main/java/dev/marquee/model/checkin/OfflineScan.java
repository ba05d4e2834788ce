package dev.marquee.model.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A scan a kiosk decided on its own while offline.
 *
 * @param scanId       made by the kiosk once per scan
 * @param token        the scanned QR text
 * @param scannedAt    when
 * @param gate         where
 * @param direction    ENTRY or EXIT; ENTRY when omitted
 * @param localVerdict what the kiosk showed
 * @param localReason  why it rejected, or {@code null}
 */
public record OfflineScan(
        @NotNull UUID scanId,
        @NotNull @Size(max = 2000) String token,
        @NotNull Instant scannedAt,
        @NotBlank @Size(max = 80) String gate,
        Direction direction,
        @NotNull Verdict localVerdict,
        @Nullable RejectReason localReason) {
}
