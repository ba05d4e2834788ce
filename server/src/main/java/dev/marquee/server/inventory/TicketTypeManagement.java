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
import java.time.Instant;
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
        TicketType type = new TicketType(TicketTypeId.random(), event.id(), event.organizerId(), request.name().trim(), request.price(),
                request.capacity(), 0, 0, request.saleStartsAt(), request.saleEndsAt(), request.maxPerOrder(), request.visibility(),
                quotaIds);
        if (type.price().isNegative()) {
            throw new InvalidInputException("price", "must not be negative");
        }
        Instant now = clock.instant();
        types.insert(type, now);
        publisher.publishEvent(defined(type, now));
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return find(event.id(), type.id());
    }

    TicketTypeView update(EventId eventId, TicketTypeId id, TicketTypeRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        TicketType current = typeOf(event, id);
        Set<QuotaId> quotaIds = request.quotaIds() == null ? Set.of() : request.quotaIds();
        requireQuotasOf(event, quotaIds);
        requireValidWindow(request);
        requireEventCurrency(event.id(), request, id);
        if (request.capacity() < current.sold() + current.held()) {
            throw new ConflictException("Capacity cannot go below the " + current.sold() + " sold and " + current.held()
                    + " held tickets of '" + current.name() + "'.");
        }
        if (!quotaIds.equals(current.quotaIds()) && current.sold() + current.held() > 0) {
            throw new ConflictException("'" + current.name() + "' has sold or held tickets, so its quotas can no longer change.");
        }
        if (!request.price().currency().equals(current.price().currency()) && current.sold() + current.held() > 0) {
            throw new ConflictException("'" + current.name() + "' has sold or held tickets, so its currency can no longer change.");
        }
        TicketType changed = new TicketType(id, current.eventId(), current.organizerId(), request.name().trim(), request.price(),
                request.capacity(), current.held(), current.sold(), request.saleStartsAt(), request.saleEndsAt(), request.maxPerOrder(),
                request.visibility(), quotaIds);
        types.update(changed);
        publisher.publishEvent(defined(changed, types.createdAt(id)));
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return find(event.id(), id);
    }

    void delete(EventId eventId, TicketTypeId id, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        TicketType current = typeOf(event, id);
        if (current.sold() + current.held() > 0) {
            throw new ConflictException("'" + current.name() + "' has sold or held tickets and cannot be deleted. Set its capacity to "
                    + "what is sold, or end its sale window, instead.");
        }
        types.delete(id);
        publisher.publishEvent(new TicketTypeRemoved(id, event.id()));
    }

    private static TicketTypeDefined defined(TicketType type, Instant createdAt) {
        return new TicketTypeDefined(type.id(), type.eventId(), type.organizerId(), type.name(), type.price(), type.capacity(), createdAt);
    }

    /**
     * A deleted draft takes its ticket types and quotas with it, in the deleting transaction. A draft was never on
     * sale, so there is nothing held or sold to keep. After check-in, whose lists name the types.
     */
    @EventListener
    @Order(2)
    void on(EventDeleted deleted) {
        types.ofEvent(deleted.eventId()).forEach(type -> publisher.publishEvent(new TicketTypeRemoved(type.id(), deleted.eventId())));
        types.deleteOfEvent(deleted.eventId());
        quotas.deleteOfEvent(deleted.eventId());
    }

    @Transactional(readOnly = true)
    public List<TicketTypeView> list(EventId eventId, StaffPrincipal staff) {
        return inventory.ticketTypes(events.get(eventId, staff).id());
    }

    public QuotaView createQuota(EventId eventId, QuotaRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        QuotaView quota = new QuotaView(QuotaId.random(), event.id(), request.name().trim(), request.capacity(), 0, 0);
        quotas.insert(quota, event.organizerId());
        return quota;
    }

    QuotaView updateQuota(EventId eventId, QuotaId id, QuotaRequest request, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        QuotaView current = quotaOf(event, id);
        if (request.capacity() < current.sold() + current.held()) {
            throw new ConflictException("Capacity cannot go below the " + current.sold() + " sold and " + current.held()
                    + " held tickets of quota '" + current.name() + "'.");
        }
        quotas.update(id, request.name().trim(), request.capacity());
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return quotas.byId(id).orElseThrow().quota();
    }

    void deleteQuota(EventId eventId, QuotaId id, StaffPrincipal staff) {
        EventView event = editableEvent(eventId, staff);
        quotaOf(event, id);
        if (quotas.inUse(id)) {
            throw new ConflictException("Ticket types still count against this quota. Remove it from them first.");
        }
        quotas.delete(id);
    }

    @Transactional(readOnly = true)
    List<QuotaView> quotas(EventId eventId, StaffPrincipal staff) {
        return quotas.ofEvent(events.get(eventId, staff).id());
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
        return types.byId(id).filter(type -> type.eventId().equals(event.id()))
                .orElseThrow(() -> new NotFoundException("Ticket type " + id));
    }

    private QuotaView quotaOf(EventView event, QuotaId id) {
        return quotas.byId(id).map(Quotas.Owned::quota).filter(quota -> quota.eventId().equals(event.id()))
                .orElseThrow(() -> new NotFoundException("Quota " + id));
    }

    private TicketTypeView find(EventId event, TicketTypeId id) {
        return inventory.ticketTypes(event).stream().filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }

    private void requireQuotasOf(EventView event, Set<QuotaId> quotaIds) {
        List<QuotaView> found = quotas.byIds(quotaIds);
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
        boolean mixed = types.ofEvent(event).stream()
                .filter(type -> !type.id().equals(except))
                .anyMatch(type -> !type.price().currency().equals(request.price().currency()));
        if (mixed) {
            throw new InvalidInputException("price", "must be in the same currency as the event's other ticket types");
        }
    }
}
