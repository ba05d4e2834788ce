package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.Page;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.PublicEventView;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.model.inventory.AvailabilityView;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
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
    private final VenueManagement venues;
    private final Clock clock;
    private final ObjectProvider<PublicTicketTypes> publicTicketTypes;

    // Looked up lazily: the inventory that implements it depends on this service.
    EventManagement(Events events, VenueManagement venues, Clock clock, ObjectProvider<PublicTicketTypes> publicTicketTypes) {
        this.events = events;
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
        VenueView venue = venues.get(request.venueId(), staff);
        Event event = Event.draft(venue.organizerId(), venue.id(), schedule(request, venue), details(request), clock.instant());
        events.insert(event);
        return event.view(venue.name());
    }

    EventView revise(EventId id, EventRequest request, StaffPrincipal staff) {
        Event event = find(id, staff).event();
        VenueView venue = venues.get(request.venueId(), staff);
        if (!venue.organizerId().equals(event.organizerId())) {
            throw new InvalidInputException("venueId", "must be a venue of the event's own organizer");
        }
        event.revise(venue.id(), schedule(request, venue), details(request), clock.instant());
        events.update(event);
        return event.view(venue.name());
    }

    public EventView publish(EventId id, StaffPrincipal staff) {
        return change(id, staff, event -> {
            event.publish(staff.username(), clock.instant());
            return event;
        });
    }

    EventView cancel(EventId id, String reason, StaffPrincipal staff) {
        return change(id, staff, event -> {
            event.cancel(staff.username(), reason, clock.instant());
            return event;
        });
    }

    EventView complete(EventId id, StaffPrincipal staff) {
        return change(id, staff, event -> {
            event.complete(clock.instant());
            return event;
        });
    }

    void delete(EventId id, StaffPrincipal staff) {
        Event event = find(id, staff).event();
        event.delete(staff.username(), clock.instant());
        events.delete(event);
    }

    @Transactional(readOnly = true)
    public EventView get(EventId id, StaffPrincipal staff) {
        Events.Found found = find(id, staff);
        return found.event().view(found.venueName());
    }

    /**
     * An event regardless of who asks, for other modules that apply organizer scope themselves.
     */
    @Transactional(readOnly = true)
    public Optional<EventView> lookup(EventId id) {
        return events.byId(id).map(found -> found.event().view(found.venueName()));
    }

    /** The public description of an event with its venue's address, whatever its status, for tickets and receipts. */
    @Transactional(readOnly = true)
    public Optional<PublicEventView> describe(EventId id) {
        return events.byId(id).map(this::publicView);
    }

    @Transactional(readOnly = true)
    public Page<EventView> search(Query query, StaffPrincipal staff) {
        EventCursor after = query.cursor() == null ? null : EventCursor.decode(query.cursor());
        List<Events.Found> found = events.search(new Events.Search(staff.isAdmin() ? null : staff.organizerIds(), query.status(),
                query.from(), query.to(), query.text(), after, query.limit() + 1));
        return page(found, query.limit(), f -> f.event().view(f.venueName()));
    }

    /** Published events that have not ended, or that overlap the given window, soonest first. */
    @Transactional(readOnly = true)
    Page<PublicEventView> publicSearch(Instant from, Instant to, String text, String cursor, int limit) {
        EventCursor after = cursor == null ? null : EventCursor.decode(cursor);
        Instant notEndedBy = from != null ? from : clock.instant();
        List<Events.Found> found = events.search(new Events.Search(null, EventStatus.PUBLISHED, notEndedBy, to, text, after,
                limit + 1));
        return page(found, limit, this::publicView);
    }

    @Transactional(readOnly = true)
    PublicEventView publicEvent(EventId id) {
        return events.byId(id)
                .filter(found -> found.event().status() == EventStatus.PUBLISHED)
                .map(this::publicView)
                .orElseThrow(() -> new NotFoundException("Event " + id));
    }

    private EventView change(EventId id, StaffPrincipal staff, Function<Event, Event> transition) {
        Events.Found found = find(id, staff);
        Event event = transition.apply(found.event());
        events.update(event);
        return event.view(found.venueName());
    }

    private Events.Found find(EventId id, StaffPrincipal staff) {
        Events.Found found = events.byId(id).orElseThrow(() -> new NotFoundException("Event " + id));
        staff.requireAccess(found.event().organizerId(), "Event " + id);
        return found;
    }

    private static <T> Page<T> page(List<Events.Found> found, int limit, Function<Events.Found, T> view) {
        if (found.size() <= limit) {
            return new Page<>(found.stream().map(view).toList(), null);
        }
        List<Events.Found> page = found.subList(0, limit);
        Event last = page.getLast().event();
        return new Page<>(page.stream().map(view).toList(), new EventCursor(last.schedule().startsAt(), last.id().value()).encode());
    }

    private PublicEventView publicView(Events.Found found) {
        EventView view = found.event().view(found.venueName());
        List<AvailabilityView> ticketTypes = publicTicketTypes.orderedStream()
                .flatMap(source -> source.onSaleOnline(view.id()).stream())
                .toList();
        return new PublicEventView(view.id(), view.title(), view.description(), view.category(), found.venueName(),
                found.venueAddress(), view.startsAt(), view.endsAt(), view.timeZone(), view.minimumAge(), ticketTypes);
    }

    private static Event.Schedule schedule(EventRequest request, VenueView venue) {
        ZoneId zone = VenueManagement.zone(request.timeZone() == null || request.timeZone().isBlank()
                ? venue.timeZone() : request.timeZone());
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
