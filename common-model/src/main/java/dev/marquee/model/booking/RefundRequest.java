package dev.marquee.model.booking;

import dev.marquee.model.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body to refund tickets of a paid order. The money goes back the way it came.
 *
 * @param ticketIds the tickets to refund; empty for every valid ticket of the order
 * @param reason    why, for the ledger
 */
public record RefundRequest(@Size(max = 100) List<@NotNull TicketId> ticketIds, @Size(max = 300) String reason) {
}
