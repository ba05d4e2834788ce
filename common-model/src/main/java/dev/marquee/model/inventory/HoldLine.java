package dev.marquee.model.inventory;

import dev.marquee.model.Money;
import dev.marquee.model.TicketTypeId;

/**
 * One line of a hold, priced at the moment of holding.
 *
 * @param ticketTypeId the type
 * @param name         the type's name
 * @param quantity     how many
 * @param unitPrice    the price of one
 * @param lineTotal    unit price times quantity
 */
public record HoldLine(TicketTypeId ticketTypeId, String name, int quantity, Money unitPrice, Money lineTotal) {
}
