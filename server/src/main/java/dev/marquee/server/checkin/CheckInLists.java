package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.checkin.GateView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.server.catalog.EventDeleted;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.inventory.Inventory;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Check-in lists of events and the gates of organizers, within the caller's organizer scope. */
@Service
@Transactional
public class CheckInLists {

    private final CheckInStore store;
    private final CheckInListsOfEvents lists;
    private final Gates gates;
    private final EventManagement events;
    private final Inventory inventory;
    private final OrganizerManagement organizers;
    private final Clock clock;

    CheckInLists(CheckInStore store, CheckInListsOfEvents lists, Gates gates, EventManagement events, Inventory inventory,
            OrganizerManagement organizers, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.gates = gates;
        this.events = events;
        this.inventory = inventory;
        this.organizers = organizers;
        this.clock = clock;
    }

    public CheckInListView create(EventId eventId, CheckInListRequest request, StaffPrincipal staff) {
        EventView event = events.get(eventId, staff);
        Set<TicketTypeId> ofEvent = inventory.ticketTypes(event.id()).stream().map(TicketTypeView::id).collect(Collectors.toSet());
        if (!ofEvent.containsAll(request.ticketTypeIds())) {
            throw new InvalidInputException("ticketTypeIds", "names a ticket type that is not one of this event's");
        }
        if (request.validFrom() != null && request.validUntil() != null && !request.validUntil().isAfter(request.validFrom())) {
            throw new InvalidInputException("validUntil", "must be after validFrom");
        }
        CheckInListView list = new CheckInListView(CheckInListId.random(), event.id(), request.name().trim(), request.ticketTypeIds(),
                request.validFrom(), request.validUntil(), request.allowExit(), request.allowReentry());
        lists.save(new CheckInList(list, event.organizerId(), clock.instant()));
        return list;
    }

    @Transactional(readOnly = true)
    public List<CheckInListView> ofEvent(EventId eventId, StaffPrincipal staff) {
        return lists.findByEventIdOrderByCreatedAtAscIdAsc(events.get(eventId, staff).id()).stream().map(list -> list.owned().list()).toList();
    }

    @Transactional(readOnly = true)
    CheckInStore.OwnedList owned(CheckInListId id, StaffPrincipal staff) {
        CheckInStore.OwnedList list = lists.findById(id).map(CheckInList::owned).orElseThrow(() -> new NotFoundException("Check-in list " + id));
        staff.requireAccess(list.organizerId(), "Check-in list " + id);
        return list;
    }

    /** Tickets of the list admitted at least once, for other modules; the caller applies organizer scope. */
    @Transactional(readOnly = true)
    public int admitted(CheckInListId list) {
        return store.admittedCount(list);
    }

    public GateView createGate(GateRequest request, StaffPrincipal staff) {
        organizers.get(request.organizerId(), staff);
        try {
            // Flushed here, so a taken name fails on this line, where it can be told.
            return gates.saveAndFlush(new Gate(request.organizerId(), request.name().trim())).view();
        } catch (DataIntegrityViolationException taken) {
            throw new ConflictException("A gate called '" + request.name().trim() + "' exists already.");
        }
    }

    /** A deleted draft takes its check-in lists with it, in the deleting transaction; before inventory removes the types they name. */
    @EventListener
    @Order(1)
    void on(EventDeleted deleted) {
        lists.deleteByEventId(deleted.eventId());
        store.deleteCounter(deleted.eventId());
    }

    @Transactional(readOnly = true)
    List<GateView> gates(OrganizerId organizer, StaffPrincipal staff) {
        staff.requireAccess(organizer, "Organizer " + organizer);
        return gates.findByOrganizerIdOrderByName(organizer).stream().map(Gate::view).toList();
    }
}
