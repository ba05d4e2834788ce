package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** An event's ticket types and shared capacity quotas. Reach it through {@link MarqueeClient#inventory()}. */
public final class InventoryApi {

    private static final TypeReference<List<TicketTypeView>> TICKET_TYPES = new TypeReference<>() {
    };
    private static final TypeReference<List<QuotaView>> QUOTAS = new TypeReference<>() {
    };

    private final Transport transport;

    InventoryApi(Transport transport) {
        this.transport = transport;
    }

    /** The event's ticket types with sold, held and available counts. */
    public List<TicketTypeView> ticketTypes(EventId event) {
        return transport.get(transport.url("api/v1/events/" + event + "/ticket-types"), TICKET_TYPES);
    }

    /** Adds a ticket type with a fresh idempotency key. ORGANIZER or ADMIN. */
    public TicketTypeView createTicketType(EventId event, TicketTypeRequest request) {
        return createTicketType(event, request, IdempotencyKey.next());
    }

    /** Adds a ticket type. ORGANIZER or ADMIN. */
    public TicketTypeView createTicketType(EventId event, TicketTypeRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + event + "/ticket-types"), request, key, TicketTypeView.class);
    }

    /** Changes a ticket type. ORGANIZER or ADMIN; sent once. */
    public TicketTypeView updateTicketType(EventId event, TicketTypeId id, TicketTypeRequest request) {
        return transport.put(transport.url("api/v1/events/" + event + "/ticket-types/" + id), request, TicketTypeView.class);
    }

    /** Deletes a ticket type. ORGANIZER or ADMIN; sent once. */
    public void deleteTicketType(EventId event, TicketTypeId id) {
        transport.delete(transport.url("api/v1/events/" + event + "/ticket-types/" + id));
    }

    /** The event's shared capacity quotas. */
    public List<QuotaView> quotas(EventId event) {
        return transport.get(transport.url("api/v1/events/" + event + "/quotas"), QUOTAS);
    }

    /** Adds a quota with a fresh idempotency key. ORGANIZER or ADMIN. */
    public QuotaView createQuota(EventId event, QuotaRequest request) {
        return createQuota(event, request, IdempotencyKey.next());
    }

    /** Adds a quota. ORGANIZER or ADMIN. */
    public QuotaView createQuota(EventId event, QuotaRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + event + "/quotas"), request, key, QuotaView.class);
    }

    /** Changes a quota. ORGANIZER or ADMIN; sent once. */
    public QuotaView updateQuota(EventId event, QuotaId id, QuotaRequest request) {
        return transport.put(transport.url("api/v1/events/" + event + "/quotas/" + id), request, QuotaView.class);
    }

    /** Deletes a quota. ORGANIZER or ADMIN; sent once. */
    public void deleteQuota(EventId event, QuotaId id) {
        transport.delete(transport.url("api/v1/events/" + event + "/quotas/" + id));
    }
}
