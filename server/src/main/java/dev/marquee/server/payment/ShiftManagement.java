package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.auth.Role;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Box-office shifts: a seller opens one at a named till with a cash float, every cash sale and refund is booked
 * to it, and closing it with the counted cash gives the Z report. One seller has at most one open shift.
 */
@Service
@Transactional
public class ShiftManagement {

    private final Shifts shifts;
    private final LedgerEntries ledger;
    private final OrganizerManagement organizers;
    private final Clock clock;

    ShiftManagement(Shifts shifts, LedgerEntries ledger, OrganizerManagement organizers, Clock clock) {
        this.shifts = shifts;
        this.ledger = ledger;
        this.organizers = organizers;
        this.clock = clock;
    }

    ShiftView open(OpenShiftRequest request, StaffPrincipal staff) {
        OrganizerId organizer = request.organizerId() != null ? request.organizerId() : onlyOrganizerOf(staff);
        organizers.get(organizer, staff);
        Shift shift = Shift.open(organizer, staff.userId(), staff.username(), request.till(), request.openingFloat(), clock.instant());
        if (openShiftOf(staff).isPresent()) {
            throw new ConflictException("You already have an open shift. Close it before opening another.");
        }
        return shifts.save(shift).view();
    }

    /** The seller's open shift, if any. */
    @Transactional(readOnly = true)
    public Optional<ShiftView> openShiftOf(StaffPrincipal staff) {
        return shifts.findByUserIdAndClosedAtIsNull(staff.userId()).map(Shift::view);
    }

    ZReport close(ShiftId id, Money counted, StaffPrincipal staff) {
        Shift shift = find(id, staff);
        if (shift.isOpen() && !staff.isAdmin() && !staff.has(Role.ORGANIZER) && !shift.isWorkedBy(staff.username())) {
            throw new NotFoundException("Shift " + id);
        }
        shift.close(counted, clock.instant());
        return shift.zReport(ledger.findByShiftIdOrderBySeq(id));
    }

    @Transactional(readOnly = true)
    ZReport report(ShiftId id, StaffPrincipal staff) {
        return find(id, staff).zReport(ledger.findByShiftIdOrderBySeq(id));
    }

    private Shift find(ShiftId id, StaffPrincipal staff) {
        Shift shift = shifts.findById(id).orElseThrow(() -> new NotFoundException("Shift " + id));
        staff.requireAccess(shift.organizerId(), "Shift " + id);
        return shift;
    }

    private static OrganizerId onlyOrganizerOf(StaffPrincipal staff) {
        if (staff.organizerIds().size() != 1) {
            throw new InvalidInputException("organizerId", "is required, since you work for " + staff.organizerIds().size() + " organizers");
        }
        return staff.organizerIds().iterator().next();
    }
}
