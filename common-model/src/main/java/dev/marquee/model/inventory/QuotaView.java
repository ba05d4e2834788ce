package dev.marquee.model.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;

/**
 * A shared capacity quota with its live counts.
 *
 * @param id       the quota's id
 * @param eventId  its event
 * @param name     its name
 * @param capacity how many tickets its types may sell together
 * @param sold     how many are paid for
 * @param held     how many are reserved
 */
public record QuotaView(QuotaId id, EventId eventId, String name, int capacity, int sold, int held) {
}
