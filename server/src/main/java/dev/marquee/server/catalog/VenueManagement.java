package dev.marquee.server.catalog;

import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The venues of each organizer, within the organizer scope of whoever asks. */
@Service
@Transactional
public class VenueManagement {

    private final Venues venues;
    private final Organizers organizers;
    private final Events events;

    VenueManagement(Venues venues, Organizers organizers, Events events) {
        this.venues = venues;
        this.organizers = organizers;
        this.events = events;
    }

    public VenueView create(VenueRequest request, StaffPrincipal staff) {
        staff.requireAccess(request.organizerId(), "Organizer " + request.organizerId());
        if (!organizers.existsById(request.organizerId())) {
            throw new NotFoundException("Organizer " + request.organizerId());
        }
        Venue venue = new Venue(request.organizerId(), request.name().trim(), request.address().trim(), request.capacity(),
                zone(request.timeZone()));
        return venues.save(venue).view();
    }

    VenueView update(VenueId id, VenueRequest request, StaffPrincipal staff) {
        Venue venue = find(id, staff);
        venue.describe(request.organizerId(), request.name().trim(), request.address().trim(), request.capacity(), zone(request.timeZone()));
        return venues.save(venue).view();
    }

    void delete(VenueId id, StaffPrincipal staff) {
        Venue venue = find(id, staff);
        if (events.existsByVenueId(id)) {
            throw new ConflictException("Events take place at this venue, so it cannot be deleted. Move or delete them first.");
        }
        venues.delete(venue);
    }

    @Transactional(readOnly = true)
    VenueView get(VenueId id, StaffPrincipal staff) {
        return find(id, staff).view();
    }

    @Transactional(readOnly = true)
    List<VenueView> visibleTo(StaffPrincipal staff) {
        List<Venue> visible = staff.isAdmin() ? venues.findAllByOrderByNameAscIdAsc()
                : venues.findByOrganizerIdInOrderByNameAscIdAsc(staff.organizerIds());
        return visible.stream().map(Venue::view).toList();
    }

    /** The venue within the caller's scope, for the events set up there. */
    Venue find(VenueId id, StaffPrincipal staff) {
        Venue venue = venues.findById(id).orElseThrow(() -> new NotFoundException("Venue " + id));
        staff.requireAccess(venue.organizerId(), "Venue " + id);
        return venue;
    }

    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "'" + timeZone + "' is not a time zone; use an IANA name such as Europe/Berlin");
        }
    }
}
