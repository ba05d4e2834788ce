package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.ShiftId;
import dev.marquee.model.UserId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.ApiProblem;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A seller's shift at a till: it opens with a cash float, takes the cash of sales and pays out cash refunds while
 * open, and closes with the cash counted in the drawer, which gives its Z report.
 */
@Entity
class Shift extends AggregateRoot<Shift, ShiftId> {

    @Id
    private ShiftId id;
    private OrganizerId organizerId;
    private UserId userId;
    private String username;
    private String till;
    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "float_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "float_currency"))
    private Money openingFloat;
    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "counted_minor"))
    @AttributeOverride(name = "currency", column = @Column(name = "counted_currency"))
    private @Nullable Money countedCash;
    private Instant openedAt;
    private @Nullable Instant closedAt;

    private Shift(OrganizerId organizerId, UserId userId, String username, String till, Money openingFloat, Instant openedAt) {
        this.id = ShiftId.random();
        this.organizerId = organizerId;
        this.userId = userId;
        this.username = username;
        this.till = till;
        this.openingFloat = openingFloat;
        this.openedAt = stored(openedAt);
    }

    protected Shift() {
    }

    static Shift open(OrganizerId organizer, UserId seller, String username, String till, Money openingFloat, Instant at) {
        if (openingFloat.isNegative()) {
            throw new InvalidInputException("openingFloat", "must not be negative");
        }
        return new Shift(organizer, seller, username, till.trim(), openingFloat, at);
    }

    @Override
    public ShiftId getId() {
        return id;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    boolean isWorkedBy(String seller) {
        return username.equals(seller);
    }

    boolean isOpen() {
        return closedAt == null;
    }

    /**
     * Takes the cash handed over for a sale into the drawer.
     *
     * @return the change to give
     */
    Money takeCash(Money due, @Nullable Money tendered) {
        requireOpen();
        if (tendered == null) {
            throw new InvalidInputException("tendered", "is required for cash: enter the amount handed over");
        }
        if (!tendered.currency().equals(due.currency())) {
            throw new InvalidInputException("tendered", "must be in " + due.currencyCode());
        }
        if (due.isGreaterThan(tendered)) {
            throw new InvalidInputException("tendered", tendered + " is less than the total of " + due);
        }
        return tendered.minus(due);
    }

    /** Pays a cash refund out of the drawer. */
    void payOutCash() {
        requireOpen();
    }

    void close(Money counted, Instant at) {
        if (!isOpen()) {
            throw new ConflictException("This shift is already closed. Fetch its Z report instead.");
        }
        if (!counted.currency().equals(openingFloat.currency())) {
            throw new InvalidInputException("countedCash", "must be in " + openingFloat.currencyCode());
        }
        countedCash = counted;
        closedAt = stored(at);
    }

    /** The Z report of the closed shift, from the ledger entries booked to it. */
    ZReport zReport(List<LedgerEntry> entries) {
        if (isOpen() || countedCash == null) {
            throw new ConflictException("The shift is still open; close it with the counted cash to get its Z report.");
        }
        String currency = openingFloat.currencyCode();
        List<ZReport.MethodTotal> byMethod = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            Money sales = sum(entries, method, LedgerEntry.Kind.CHARGE, currency);
            Money refunds = sum(entries, method, LedgerEntry.Kind.REFUND, currency);
            int charges = (int) entries.stream().filter(e -> e.method() == method && e.kind() == LedgerEntry.Kind.CHARGE).count();
            if (charges > 0 || !refunds.isZero()) {
                byMethod.add(new ZReport.MethodTotal(method, sales, refunds, sales.minus(refunds), charges));
            }
        }
        Money cashSales = sum(entries, PaymentMethod.CASH, LedgerEntry.Kind.CHARGE, currency);
        Money cashRefunds = sum(entries, PaymentMethod.CASH, LedgerEntry.Kind.REFUND, currency);
        Money expected = openingFloat.plus(cashSales).minus(cashRefunds);
        return new ZReport(id, till, username, openedAt, closedAt, openingFloat, cashSales, cashRefunds, expected, countedCash,
                countedCash.minus(expected), byMethod);
    }

    ShiftView view() {
        return new ShiftView(id, organizerId, till, username, openingFloat, openedAt, closedAt);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.NO_OPEN_SHIFT, "No open shift",
                    "This shift is closed. Open a new shift at your till before taking or paying out cash.");
        }
    }

    /** The instant as the database keeps it, so that the Z report given at closing equals the one fetched later. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Money sum(List<LedgerEntry> entries, PaymentMethod method, LedgerEntry.Kind kind, String currency) {
        return entries.stream().filter(entry -> entry.method() == method && entry.kind() == kind).map(LedgerEntry::amount)
                .reduce(Money.zero(currency), Money::plus);
    }
}
