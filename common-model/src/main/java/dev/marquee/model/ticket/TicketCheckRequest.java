package dev.marquee.model.ticket;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/tickets/verify}.
 *
 * @param token the text of the QR code as scanned
 */
public record TicketCheckRequest(@NotNull @Size(max = 2000) String token) {
}
