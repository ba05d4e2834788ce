package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizers: created by administrators, seen by their own staff. */
@Service
@Transactional
public class OrganizerManagement {

    private final Organizers organizers;
    private final Clock clock;

    OrganizerManagement(Organizers organizers, Clock clock) {
        this.organizers = organizers;
        this.clock = clock;
    }

    public OrganizerView create(OrganizerRequest request) {
        OrganizerView organizer = new OrganizerView(OrganizerId.random(), request.name().trim(), clock.instant());
        organizers.insert(organizer);
        return organizer;
    }

    OrganizerView rename(OrganizerId id, OrganizerRequest request, StaffPrincipal staff) {
        OrganizerView organizer = get(id, staff);
        organizers.rename(id, request.name().trim());
        return new OrganizerView(id, request.name().trim(), organizer.createdAt());
    }

    /**
     * The organizer, for other modules that attach something to it: 404 when it does not exist or lies outside the
     * caller's scope.
     */
    @Transactional(readOnly = true)
    public OrganizerView get(OrganizerId id, StaffPrincipal staff) {
        staff.requireAccess(id, "Organizer " + id);
        return organizers.byId(id).orElseThrow(() -> new NotFoundException("Organizer " + id));
    }

    @Transactional(readOnly = true)
    List<OrganizerView> visibleTo(StaffPrincipal staff) {
        return staff.isAdmin() ? organizers.all() : organizers.among(staff.organizerIds());
    }
}
