package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.Page;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.CancelEventRequest;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import java.util.List;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/** Organizers, venues and events, as staff see them. Reach it through {@link MarqueeClient#catalog()}. */
public final class CatalogApi {

    private static final TypeReference<List<OrganizerView>> ORGANIZERS = new TypeReference<>() {
    };
    private static final TypeReference<List<VenueView>> VENUES = new TypeReference<>() {
    };
    private static final TypeReference<Page<EventView>> EVENT_PAGE = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Transport transport;

    CatalogApi(Transport transport) {
        this.transport = transport;
    }

    // ---------------------------------------------------------------- organizers

    /** The organizers the account belongs to; all of them for ADMIN. */
    public List<OrganizerView> organizers() {
        return transport.get(transport.url("api/v1/organizers"), ORGANIZERS);
    }

    /** One organizer. */
    public OrganizerView organizer(OrganizerId id) {
        return transport.get(transport.url("api/v1/organizers/" + id), OrganizerView.class);
    }

    /** Creates an organizer with a fresh idempotency key. ADMIN only. */
    public OrganizerView createOrganizer(OrganizerRequest request) {
        return createOrganizer(request, IdempotencyKey.next());
    }

    /** Creates an organizer. ADMIN only. */
    public OrganizerView createOrganizer(OrganizerRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/organizers"), request, key, OrganizerView.class);
    }

    /** Renames an organizer. ADMIN only; sent once. */
    public OrganizerView renameOrganizer(OrganizerId id, OrganizerRequest request) {
        return transport.put(transport.url("api/v1/organizers/" + id), request, OrganizerView.class);
    }

    // ---------------------------------------------------------------- venues

    /** The venues of the account's organizers. */
    public List<VenueView> venues() {
        return transport.get(transport.url("api/v1/venues"), VENUES);
    }

    /** One venue. */
    public VenueView venue(VenueId id) {
        return transport.get(transport.url("api/v1/venues/" + id), VenueView.class);
    }

    /** Creates a venue with a fresh idempotency key. ORGANIZER or ADMIN. */
    public VenueView createVenue(VenueRequest request) {
        return createVenue(request, IdempotencyKey.next());
    }

    /** Creates a venue. ORGANIZER or ADMIN. */
    public VenueView createVenue(VenueRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/venues"), request, key, VenueView.class);
    }

    /** Changes a venue. ORGANIZER or ADMIN; sent once. */
    public VenueView updateVenue(VenueId id, VenueRequest request) {
        return transport.put(transport.url("api/v1/venues/" + id), request, VenueView.class);
    }

    /** Deletes a venue. ORGANIZER or ADMIN; sent once. */
    public void deleteVenue(VenueId id) {
        transport.delete(transport.url("api/v1/venues/" + id));
    }

    // ---------------------------------------------------------------- events

    /**
     * One page of the events in the account's scope (a paired kiosk's: its organizer's), soonest first. For the next
     * page, pass the page's {@code nextCursor} to {@link EventQuery#withCursor(String)}.
     */
    public Page<EventView> events(EventQuery query) {
        HttpUrl.Builder url = transport.urlBuilder("api/v1/events");
        if (query.status() != null) {
            url.addQueryParameter("status", query.status().name());
        }
        Transport.addFilters(url, query);
        return transport.get(url.build(), EVENT_PAGE);
    }

    /** One event. */
    public EventView event(EventId id) {
        return transport.get(transport.url("api/v1/events/" + id), EventView.class);
    }

    /** Creates a draft event with a fresh idempotency key. ORGANIZER or ADMIN. */
    public EventView createEvent(EventRequest request) {
        return createEvent(request, IdempotencyKey.next());
    }

    /** Creates a draft event. ORGANIZER or ADMIN. */
    public EventView createEvent(EventRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events"), request, key, EventView.class);
    }

    /** Changes a draft or published event. ORGANIZER or ADMIN; sent once. */
    public EventView updateEvent(EventId id, EventRequest request) {
        return transport.put(transport.url("api/v1/events/" + id), request, EventView.class);
    }

    /** Deletes a draft. ORGANIZER or ADMIN; sent once. */
    public void deleteEvent(EventId id) {
        transport.delete(transport.url("api/v1/events/" + id));
    }

    /** Publishes a draft (DRAFT to PUBLISHED) with a fresh idempotency key. */
    public EventView publishEvent(EventId id) {
        return publishEvent(id, IdempotencyKey.next());
    }

    /** Publishes a draft (DRAFT to PUBLISHED). */
    public EventView publishEvent(EventId id, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + id + "/publish"), null, key, EventView.class);
    }

    /** Cancels a published event with a fresh idempotency key; {@code reason} may be {@code null}. */
    public EventView cancelEvent(EventId id, String reason) {
        return cancelEvent(id, reason, IdempotencyKey.next());
    }

    /** Cancels a published event (PUBLISHED to CANCELLED); {@code reason} may be {@code null}. */
    public EventView cancelEvent(EventId id, String reason, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + id + "/cancel"), new CancelEventRequest(reason), key, EventView.class);
    }

    /** Marks a started event completed with a fresh idempotency key. */
    public EventView completeEvent(EventId id) {
        return completeEvent(id, IdempotencyKey.next());
    }

    /** Marks a started event completed (PUBLISHED to COMPLETED). */
    public EventView completeEvent(EventId id, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + id + "/complete"), null, key, EventView.class);
    }

    /** The public keys (Base64 X.509) that sign the event's tickets, for checking them offline. */
    public List<String> signingKeys(EventId id) {
        return transport.get(transport.url("api/v1/events/" + id + "/signing-keys"), STRINGS);
    }
}
