package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.reporting.SalesSummary;
import java.nio.charset.StandardCharsets;

/** Figures and exports of an event for its organizer. Reach it through {@link MarqueeClient#reports()}. */
public final class ReportsApi {

    private final Transport transport;

    ReportsApi(Transport transport) {
        this.transport = transport;
    }

    /** Tickets sold per type, revenue and sales per minute of one event. */
    public SalesSummary salesSummary(EventId event) {
        return transport.get(transport.url("api/v1/events/" + event + "/sales-summary"), SalesSummary.class);
    }

    /** Every order of the event, as the server's CSV. */
    public String ordersCsv(EventId event) {
        return csv("api/v1/events/" + event + "/orders.csv");
    }

    /** Every ticket of the event with holder, order and check-in, as the server's CSV. */
    public String attendeesCsv(EventId event) {
        return csv("api/v1/events/" + event + "/attendees.csv");
    }

    private String csv(String path) {
        return new String(transport.bytes(transport.url(path), Transport.ACCEPT_CSV), StandardCharsets.UTF_8);
    }
}
