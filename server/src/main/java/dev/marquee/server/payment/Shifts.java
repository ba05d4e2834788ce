package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.payment.LedgerEntryView;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Box-office shifts: a seller opens one at a named till with a cash float, every cash sale and refund is booked
 * to it, and closing it with the counted cash gives the Z report. One seller has at most one open shift.
 */
@Service
@Transactional
public class Shifts {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final OrganizerManagement organizers;
    private final Clock clock;

    Shifts(JdbcClient jdbc, Ledger ledger, OrganizerManagement organizers, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.organizers = organizers;
        this.clock = clock;
    }

    ShiftView open(OpenShiftRequest request, StaffPrincipal staff) {
        OrganizerId organizer = request.organizerId() != null ? request.organizerId() : onlyOrganizerOf(staff);
        organizers.get(organizer, staff);
        if (request.openingFloat().isNegative()) {
            throw new InvalidInputException("openingFloat", "must not be negative");
        }
        if (openShiftOf(staff).isPresent()) {
            throw new ConflictException("You already have an open shift. Close it before opening another.");
        }
        ShiftView shift = new ShiftView(ShiftId.random(), organizer, request.till().trim(), staff.username(), request.openingFloat(),
                clock.instant(), null);
        jdbc.sql("""
                insert into shift (id, organizer_id, user_id, username, till, float_minor, currency, opened_at)
                values (:id, :organizer, :user, :username, :till, :float, :currency, :openedAt)
                """)
                .param("id", shift.id().value()).param("organizer", organizer.value()).param("user", staff.userId().value())
                .param("username", staff.username()).param("till", shift.till())
                .param("float", shift.openingFloat().amountMinor()).param("currency", shift.openingFloat().currencyCode())
                .param("openedAt", Timestamps.utc(shift.openedAt()))
                .update();
        return shift;
    }

    /** The seller's open shift, if any. */
    @Transactional(readOnly = true)
    public Optional<ShiftView> openShiftOf(StaffPrincipal staff) {
        return jdbc.sql("select * from shift where user_id = :user and closed_at is null")
                .param("user", staff.userId().value()).query(Shifts::row).optional();
    }

    ZReport close(ShiftId id, Money counted, StaffPrincipal staff) {
        ShiftView shift = find(id, staff);
        if (!shift.isOpen()) {
            throw new ConflictException("This shift is already closed. Fetch its Z report instead.");
        }
        if (!staff.isAdmin() && !staff.has(dev.marquee.model.auth.Role.ORGANIZER) && !shift.username().equals(staff.username())) {
            throw new NotFoundException("Shift " + id);
        }
        if (!counted.currency().equals(shift.openingFloat().currency())) {
            throw new InvalidInputException("countedCash", "must be in " + shift.openingFloat().currencyCode());
        }
        jdbc.sql("update shift set closed_at = :now, counted_minor = :counted where id = :id and closed_at is null")
                .param("now", Timestamps.utc(clock.instant())).param("counted", counted.amountMinor()).param("id", id.value()).update();
        return report(id, staff);
    }

    @Transactional(readOnly = true)
    ZReport report(ShiftId id, StaffPrincipal staff) {
        ShiftView shift = find(id, staff);
        if (shift.isOpen()) {
            throw new ConflictException("The shift is still open; close it with the counted cash to get its Z report.");
        }
        String currency = shift.openingFloat().currencyCode();
        Money counted = jdbc.sql("select counted_minor from shift where id = :id").param("id", id.value())
                .query((rs, n) -> Money.ofMinor(rs.getLong(1), currency)).single();
        List<LedgerEntryView> entries = ledger.ofShift(id);
        List<ZReport.MethodTotal> byMethod = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            Money sales = sum(entries, method, Ledger.CHARGE, currency);
            Money refunds = sum(entries, method, Ledger.REFUND, currency);
            int charges = (int) entries.stream().filter(e -> e.method() == method && Ledger.CHARGE.equals(e.kind())).count();
            if (charges > 0 || !refunds.isZero()) {
                byMethod.add(new ZReport.MethodTotal(method, sales, refunds, sales.minus(refunds), charges));
            }
        }
        Money cashSales = sum(entries, PaymentMethod.CASH, Ledger.CHARGE, currency);
        Money cashRefunds = sum(entries, PaymentMethod.CASH, Ledger.REFUND, currency);
        Money expected = shift.openingFloat().plus(cashSales).minus(cashRefunds);
        return new ZReport(id, shift.till(), shift.username(), shift.openedAt(), shift.closedAt(), shift.openingFloat(), cashSales,
                cashRefunds, expected, counted, counted.minus(expected), byMethod);
    }

    private ShiftView find(ShiftId id, StaffPrincipal staff) {
        ShiftView shift = jdbc.sql("select * from shift where id = :id").param("id", id.value()).query(Shifts::row).optional()
                .orElseThrow(() -> new NotFoundException("Shift " + id));
        staff.requireAccess(shift.organizerId(), "Shift " + id);
        return shift;
    }

    private static OrganizerId onlyOrganizerOf(StaffPrincipal staff) {
        if (staff.organizerIds().size() != 1) {
            throw new InvalidInputException("organizerId", "is required, since you work for " + staff.organizerIds().size() + " organizers");
        }
        return staff.organizerIds().iterator().next();
    }

    private static Money sum(List<LedgerEntryView> entries, PaymentMethod method, String kind, String currency) {
        Money total = Money.zero(currency);
        for (LedgerEntryView entry : entries) {
            if (entry.method() == method && kind.equals(entry.kind())) {
                total = total.plus(entry.amount());
            }
        }
        return total;
    }

    private static ShiftView row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new ShiftView(new ShiftId(rs.getObject("id", UUID.class)), new OrganizerId(rs.getObject("organizer_id", UUID.class)),
                rs.getString("till"), rs.getString("username"), Money.ofMinor(rs.getLong("float_minor"), rs.getString("currency")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), closed == null ? null : closed.toInstant());
    }

}
