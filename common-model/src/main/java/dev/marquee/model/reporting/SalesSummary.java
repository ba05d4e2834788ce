package dev.marquee.model.reporting;

import com.fasterxml.jackson.annotation.JsonRootName;
import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event's sales at a glance.
 *
 * @param eventId     the event
 * @param paidOrders  orders paid and not cancelled or fully refunded
 * @param ticketsSold valid tickets
 * @param capacity    tickets that exist in all
 * @param revenue     money taken minus money paid back, or {@code null} before the first sale
 * @param byType      per ticket type
 * @param perMinute   tickets sold per minute, oldest first
 */
public record SalesSummary(EventId eventId, int paidOrders, int ticketsSold, int capacity, @Nullable Money revenue, List<TypeSales> byType,
        List<Bucket> perMinute) {

    /**
     * One ticket type's sales.
     *
     * @param ticketTypeId the type
     * @param name         its name
     * @param sold         tickets sold
     * @param capacity     tickets that exist
     * @param revenue      what the valid tickets cost
     */
    public record TypeSales(TicketTypeId ticketTypeId, String name, int sold, int capacity, Money revenue) {
    }

    /** @param minute the minute; @param tickets tickets sold in it */
    // The name it has in the API description, apart from Attendance.Bucket (no effect on the JSON itself).
    @JsonRootName("SalesBucket")
    public record Bucket(Instant minute, int tickets) {
    }
}
