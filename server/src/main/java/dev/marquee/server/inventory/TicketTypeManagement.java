package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.server.catalog.EventDeleted;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.IllegalTransitionException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up the ticket types and quotas of an event, within the organizer scope of whoever asks. Refuses any change
 * that would leave fewer places than are already sold or held, and changes of quota membership once a type has
 * sold or held tickets, since the counters of those quotas already include them.
 */
@Service
@Transactional
public class TicketTypeManagement {

    private final TicketTypes types;
    private final Quotas quotas;
    private final Inventory inventory;
    private final EventManagement events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TicketTypeManagement(TicketTypes types, Quotas quotas, Inventory inventory, EventManagement events,
            ApplicationEventPublisher publisher, Clock clock) {
        this.types = types;
        this.quotas = quotas;
        this.inventory = inventory;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    public TicketTypeView create(EventId eventId, TicketTypeRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        Set<QuotaId> quotaIds = request.quotaIds() == null ? Set.of() : request.quotaIds();
        requireQuotasOf(event, quotaIds);
        requireValidWindow(request);
        requireEventCurrency(event.id(), request, null);
        if (request.price().isNegative()) {
            throw new InvalidInputException("price", "must not be negative");
        }
        TicketType type = types.save(new TicketType(event.id(), event.organizerId(), request, quotaIds, clock.instant()));
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return find(event.id(), type.id());
    }

    TicketTypeView update(EventId eventId, TicketTypeId id, TicketTypeRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        TicketType type = typeOf(event, id);
        Set<QuotaId> quotaIds = request.quotaIds() == null ? Set.of() : request.quotaIds();
        requireQuotasOf(event, quotaIds);
        requireValidWindow(request);
        requireEventCurrency(event.id(), request, id);
        type.change(request, quotaIds);
        types.save(type);
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return find(event.id(), id);
    }

    void delete(EventId eventId, TicketTypeId id, StaffPrincipal staff) {
        types.delete(typeOf(editableEvent(eventId, staff), id).remove());
    }

    /**
     * A deleted draft takes its ticket types and quotas with it, in the deleting transaction. A draft was never on
     * sale, so there is nothing held or sold to keep. After check-in, whose lists name the types.
     */
    @EventListener
    @Order(2)
    void on(EventDeleted deleted) {
        types.deleteAll(types.findByEventIdOrderByCreatedAtAscIdAsc(deleted.eventId()).stream().map(TicketType::removeWithEvent).toList());
        quotas.deleteAll(quotas.findByEventId(deleted.eventId()));
    }

    @Transactional(readOnly = true)
    public List<TicketTypeView> list(EventId eventId, StaffPrincipal staff) {
        return inventory.ticketTypes(events.get(eventId, staff).id());
    }

    public QuotaView createQuota(EventId eventId, QuotaRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        return quotas.save(new Quota(event.id(), event.organizerId(), request.name().trim(), request.capacity())).view();
    }

    QuotaView updateQuota(EventId eventId, QuotaId id, QuotaRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        Quota quota = quotaOf(event, id);
        quota.change(request.name().trim(), request.capacity());
        quotas.save(quota);
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return quota.view();
    }

    void deleteQuota(EventId eventId, QuotaId id, StaffPrincipal staff) {
        Quota quota = quotaOf(editableEvent(eventId, staff), id);
        if (types.existsByQuotaIdsContains(id)) {
            throw new ConflictException("Ticket types still count against this quota. Remove it from them first.");
        }
        quotas.delete(quota);
    }

    @Transactional(readOnly = true)
    List<QuotaView> quotas(EventId eventId, StaffPrincipal staff) {
        return quotas.findByEventIdOrderByNameAscIdAsc(events.get(eventId, staff).id()).stream().map(Quota::view).toList();
    }

    private EventView editableEvent(EventId eventId, StaffPrincipal staff) {
        EventView event = events.get(eventId, staff);
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.COMPLETED) {
            throw new IllegalTransitionException("The event is " + event.status().name().toLowerCase()
                    + ", so its ticket types can no longer change.", event.status());
        }
        return event;
    }

    private TicketType typeOf(EventView event, TicketTypeId id) {
        return types.findById(id).filter(type -> type.eventId().equals(event.id()))
                .orElseThrow(() -> new NotFoundException("Ticket type " + id));
    }

    private Quota quotaOf(EventView event, QuotaId id) {
        return quotas.findById(id).filter(quota -> quota.eventId().equals(event.id()))
                .orElseThrow(() -> new NotFoundException("Quota " + id));
    }

    private TicketTypeView find(EventId event, TicketTypeId id) {
        return inventory.ticketTypes(event).stream().filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }

    private void requireQuotasOf(EventView event, Set<QuotaId> quotaIds) {
        List<Quota> found = quotas.findAllById(quotaIds);
        if (found.size() != quotaIds.size() || found.stream().anyMatch(quota -> !quota.eventId().equals(event.id()))) {
            throw new InvalidInputException("quotaIds", "names a quota that is not one of this event's");
        }
    }

    private static void requireValidWindow(TicketTypeRequest request) {
        if (request.saleStartsAt() != null && request.saleEndsAt() != null && !request.saleEndsAt().isAfter(request.saleStartsAt())) {
            throw new InvalidInputException("saleEndsAt", "must be after saleStartsAt");
        }
    }

    private void requireEventCurrency(EventId event, TicketTypeRequest request, TicketTypeId except) {
        boolean mixed = types.findByEventIdOrderByCreatedAtAscIdAsc(event).stream()
                .filter(type -> !type.id().equals(except))
                .anyMatch(type -> !type.price().currency().equals(request.price().currency()));
        if (mixed) {
            throw new InvalidInputException("price", "must be in the same currency as the event's other ticket types");
        }
    }
}
