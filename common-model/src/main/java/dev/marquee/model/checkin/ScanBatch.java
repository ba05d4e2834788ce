package dev.marquee.model.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/v1/checkin/lists/{id}/scans}: scans made offline, in the order they were made.
 *
 * @param scans up to 1,000 scans
 */
public record ScanBatch(@NotNull @Size(max = 1000) List<@Valid @NotNull OfflineScan> scans) {
}
