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

    VenueManagement(Venues venues, Organizers organizers) {
        this.venues = venues;
        this.organizers = organizers;
    }

    public VenueView create(VenueRequest request, StaffPrincipal staff) {
        staff.requireAccess(request.organizerId(), "Organizer " + request.organizerId());
        if (!organizers.existsById(request.organizerId())) {
            throw new NotFoundException("Organizer " + request.organizerId());
        }
        VenueView venue = new VenueView(VenueId.random(), request.organizerId(), request.name().trim(), request.address().trim(),
                request.capacity(), zone(request.timeZone()).getId());
        venues.insert(venue);
        return venue;
    }

    VenueView update(VenueId id, VenueRequest request, StaffPrincipal staff) {
        VenueView current = get(id, staff);
        if (!current.organizerId().equals(request.organizerId())) {
            throw new InvalidInputException("organizerId", "cannot change; a venue stays with its organizer");
        }
        VenueView changed = new VenueView(id, current.organizerId(), request.name().trim(), request.address().trim(),
                request.capacity(), zone(request.timeZone()).getId());
        venues.update(changed);
        return changed;
    }

    void delete(VenueId id, StaffPrincipal staff) {
        get(id, staff);
        if (venues.hasEvents(id)) {
            throw new ConflictException("Events take place at this venue, so it cannot be deleted. Move or delete them first.");
        }
        venues.delete(id);
    }

    @Transactional(readOnly = true)
    VenueView get(VenueId id, StaffPrincipal staff) {
        VenueView venue = venues.byId(id).orElseThrow(() -> new NotFoundException("Venue " + id));
        staff.requireAccess(venue.organizerId(), "Venue " + id);
        return venue;
    }

    @Transactional(readOnly = true)
    List<VenueView> visibleTo(StaffPrincipal staff) {
        return staff.isAdmin() ? venues.all() : venues.ofOrganizers(staff.organizerIds());
    }

    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "'" + timeZone + "' is not a time zone; use an IANA name such as Europe/Berlin");
        }
    }
}
