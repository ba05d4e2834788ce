package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
        return organizers.save(new Organizer(request.name().trim(), clock.instant())).view();
    }

    OrganizerView rename(OrganizerId id, OrganizerRequest request, StaffPrincipal staff) {
        Organizer organizer = find(id, staff);
        organizer.rename(request.name().trim());
        return organizers.save(organizer).view();
    }

    /**
     * The organizer, for other modules that attach something to it: 404 when it does not exist or lies outside the
     * caller's scope.
     */
    @Transactional(readOnly = true)
    public OrganizerView get(OrganizerId id, StaffPrincipal staff) {
        return find(id, staff).view();
    }

    private Organizer find(OrganizerId id, StaffPrincipal staff) {
        staff.requireAccess(id, "Organizer " + id);
        return organizers.findById(id).orElseThrow(() -> new NotFoundException("Organizer " + id));
    }

    /** Whether every one of these organizers exists: other modules keep no foreign key to them. */
    @Transactional(readOnly = true)
    public boolean allExist(Collection<OrganizerId> ids) {
        Set<OrganizerId> distinct = Set.copyOf(ids);
        return distinct.isEmpty() || organizers.findAllById(distinct).size() == distinct.size();
    }

    @Transactional(readOnly = true)
    List<OrganizerView> visibleTo(StaffPrincipal staff) {
        List<Organizer> visible = staff.isAdmin() ? organizers.findAllByOrderByNameAscIdAsc()
                : organizers.findByIdInOrderByNameAscIdAsc(staff.organizerIds());
        return visible.stream().map(Organizer::view).toList();
    }
}
