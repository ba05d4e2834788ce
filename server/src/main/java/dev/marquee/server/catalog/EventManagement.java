package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.VenueId;
import dev.marquee.model.Page;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.PublicEventView;
import dev.marquee.model.inventory.AvailabilityView;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up events and moves them through their lifecycle, within the organizer scope of whoever asks, and answers
 * the staff and public searches.
 */
@Service
@Transactional
public class EventManagement {

    private final Events events;
    private final Venues venueRecords;
    private final VenueManagement venues;
    private final Clock clock;
    private final ObjectProvider<PublicTicketTypes> publicTicketTypes;

    // Looked up lazily: the inventory that implements it depends on this service.
    EventManagement(Events events, Venues venueRecords, VenueManagement venues, Clock clock,
            ObjectProvider<PublicTicketTypes> publicTicketTypes) {
        this.events = events;
        this.venueRecords = venueRecords;
        this.venues = venues;
        this.clock = clock;
        this.publicTicketTypes = publicTicketTypes;
    }

    /**
     * Filters for a staff search. Null fields do not filter.
     *
     * @param status only this status
     * @param from   only events that have not ended by then
     * @param to     only events that start before then
     * @param text   words in the title, description, category or venue
     * @param cursor the {@code nextCursor} of the previous page
     * @param limit  page size
     */
    public record Query(EventStatus status, Instant from, Instant to, String text, String cursor, int limit) {
    }

    public EventView create(EventRequest request, StaffPrincipal staff) {
        Venue venue = venues.find(request.venueId(), staff);
        Event event = Event.draft(venue.organizerId(), venue.getId(), schedule(request, venue), details(request), clock.instant());
        return events.save(event).view(venue.name());
    }

    EventView revise(EventId id, EventRequest request, StaffPrincipal staff) {
        Event event = find(id, staff).event();
        Venue venue = venues.find(request.venueId(), staff);
        if (!venue.organizerId().equals(event.organizerId())) {
            throw new InvalidInputException("venueId", "must be a venue of the event's own organizer");
        }
        event.revise(venue.getId(), schedule(request, venue), details(request), clock.instant());
        return saveChecked(event).view(venue.name());
    }

    public EventView publish(EventId id, StaffPrincipal staff) {
        return change(id, staff, event -> event.publish(staff.username(), clock.instant()));
    }

    EventView cancel(EventId id, String reason, StaffPrincipal staff) {
        return change(id, staff, event -> event.cancel(staff.username(), reason, clock.instant()));
    }

    EventView complete(EventId id, StaffPrincipal staff) {
        return change(id, staff, event -> event.complete(clock.instant()));
    }

    void delete(EventId id, StaffPrincipal staff) {
        Event event = find(id, staff).event();
        event.delete(staff.username(), clock.instant());
        // Saved first, which publishes EventDeleted: its listeners remove the other modules' rows that reference the
        // event, and those removals are then flushed before the event's own.
        events.save(event);
        events.delete(event);
    }

    @Transactional(readOnly = true)
    public EventView get(EventId id, StaffPrincipal staff) {
        EventAtVenue found = find(id, staff);
        return found.event().view(found.venueName());
    }

    /**
     * An event regardless of who asks, for other modules that apply organizer scope themselves.
     */
    @Transactional(readOnly = true)
    public Optional<EventView> lookup(EventId id) {
        return events.readAtVenue(id).map(found -> found.event().view(found.venueName()));
    }

    /** The public description of an event with its venue's address, whatever its status, for tickets and receipts. */
    @Transactional(readOnly = true)
    public Optional<PublicEventView> describe(EventId id) {
        return events.readAtVenue(id).map(this::publicView);
    }

    @Transactional(readOnly = true)
    public Page<EventView> search(Query query, StaffPrincipal staff) {
        EventCursor after = query.cursor() == null ? null : EventCursor.decode(query.cursor());
        List<EventAtVenue> found = atVenues(events.search(new Events.Search(staff.isAdmin() ? null : staff.organizerIds(), query.status(),
                query.from(), query.to(), query.text(), after, query.limit() + 1)));
        return page(found, query.limit(), f -> f.event().view(f.venueName()));
    }

    /** Published events that have not ended, or that overlap the given window, soonest first. */
    @Transactional(readOnly = true)
    Page<PublicEventView> publicSearch(Instant from, Instant to, String text, String cursor, int limit) {
        EventCursor after = cursor == null ? null : EventCursor.decode(cursor);
        Instant notEndedBy = from != null ? from : clock.instant();
        List<EventAtVenue> found = atVenues(events.search(new Events.Search(null, EventStatus.PUBLISHED, notEndedBy, to, text, after,
                limit + 1)));
        return page(found, limit, this::publicView);
    }

    @Transactional(readOnly = true)
    PublicEventView publicEvent(EventId id) {
        return events.readAtVenue(id)
                .filter(found -> found.event().status() == EventStatus.PUBLISHED)
                .map(this::publicView)
                .orElseThrow(() -> new NotFoundException("Event " + id));
    }

    private EventView change(EventId id, StaffPrincipal staff, Consumer<Event> transition) {
        EventAtVenue found = find(id, staff);
        transition.accept(found.event());
        return saveChecked(found.event()).view(found.venueName());
    }

    /** Flushes at once, so that a concurrent change is refused here, in words, rather than at commit. */
    private Event saveChecked(Event event) {
        try {
            return events.saveAndFlush(event);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ConflictException("Someone else changed this event at the same time. Reload it and try again.");
        }
    }

    private EventAtVenue find(EventId id, StaffPrincipal staff) {
        EventAtVenue found = events.findAtVenue(id).orElseThrow(() -> new NotFoundException("Event " + id));
        staff.requireAccess(found.event().organizerId(), "Event " + id);
        return found;
    }

    /** The venues of a page of events, read in one statement rather than one per event. */
    private List<EventAtVenue> atVenues(List<Event> page) {
        Map<VenueId, Venue> venuesById = venueRecords.findAllById(page.stream().map(Event::venueId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Venue::getId, Function.identity()));
        return page.stream().map(event -> {
            Venue venue = venuesById.get(event.venueId());
            return new EventAtVenue(event, venue.name(), venue.address());
        }).toList();
    }

    private static <T> Page<T> page(List<EventAtVenue> found, int limit, Function<EventAtVenue, T> view) {
        if (found.size() <= limit) {
            return new Page<>(found.stream().map(view).toList(), null);
        }
        List<EventAtVenue> page = found.subList(0, limit);
        Event last = page.getLast().event();
        return new Page<>(page.stream().map(view).toList(), new EventCursor(last.schedule().startsAt(), last.id().value()).encode());
    }

    private PublicEventView publicView(EventAtVenue found) {
        EventView view = found.event().view(found.venueName());
        List<AvailabilityView> ticketTypes = publicTicketTypes.orderedStream()
                .flatMap(source -> source.onSaleOnline(view.id()).stream())
                .toList();
        return new PublicEventView(view.id(), view.title(), view.description(), view.category(), found.venueName(),
                found.venueAddress(), view.startsAt(), view.endsAt(), view.timeZone(), view.minimumAge(), ticketTypes);
    }

    private static Event.Schedule schedule(EventRequest request, Venue venue) {
        ZoneId zone = request.timeZone() == null || request.timeZone().isBlank() ? venue.zone() : VenueManagement.zone(request.timeZone());
        return Event.Schedule.local(request.startsAt(), request.endsAt(), zone);
    }

    private static Event.Details details(EventRequest request) {
        return new Event.Details(request.title().trim(), blankIfNull(request.description()), blankIfNull(request.category()),
                request.minimumAge());
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.trim();
    }
}
