package dev.marquee.server.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.UserId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.model.payment.ZReport;
import dev.marquee.server.platform.ApiProblem;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftTest {

    private static final Instant OPENED = Instant.parse("2026-05-01T17:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-05-01T23:00:00Z");

    private final OrganizerId organizer = OrganizerId.random();
    private final Shift shift = Shift.open(organizer, UserId.random(), "sam", "  Till 1 ", eur(100_00), OPENED);

    @Test
    void opensWithItsFloatAtATrimmedTill() {
        assertThat(shift.isOpen()).isTrue();
        assertThat(shift.view().till()).isEqualTo("Till 1");
        assertThat(shift.view().openingFloat()).isEqualTo(eur(100_00));
    }

    @Test
    void refusesANegativeFloat() {
        assertThatThrownBy(() -> Shift.open(organizer, UserId.random(), "sam", "Till 1", eur(-1), OPENED))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void takesCashAndGivesChange() {
        assertThat(shift.takeCash(eur(37_50), eur(50_00))).isEqualTo(eur(12_50));
    }

    @Test
    void refusesTooLittleCashOrCashInAnotherCurrency() {
        assertThatThrownBy(() -> shift.takeCash(eur(37_50), eur(20_00))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> shift.takeCash(eur(37_50), Money.ofMinor(50_00, "USD"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> shift.takeCash(eur(37_50), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aClosedShiftCannotTakeOrPayOutCash() {
        shift.close(eur(100_00), CLOSED);

        assertThatThrownBy(() -> shift.takeCash(eur(37_50), eur(50_00))).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.type()).isEqualTo(ProblemTypes.NO_OPEN_SHIFT));
        assertThatThrownBy(shift::payOutCash).isInstanceOf(ApiProblem.class);
    }

    @Test
    void closesOnceWithCashInItsCurrency() {
        assertThatThrownBy(() -> shift.close(Money.ofMinor(100_00, "USD"), CLOSED)).isInstanceOf(InvalidInputException.class);
        assertThat(shift.isOpen()).isTrue();

        shift.close(eur(100_00), CLOSED);

        assertThatThrownBy(() -> shift.close(eur(100_00), CLOSED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void hasNoZReportWhileOpen() {
        assertThatThrownBy(() -> shift.zReport(List.of())).isInstanceOf(ConflictException.class);
    }

    @Test
    void zReportExpectsTheFloatPlusCashSalesMinusCashRefunds() {
        OrderId order = OrderId.random();
        List<LedgerEntry> entries = List.of(
                LedgerEntry.charge(order, organizer, PaymentMethod.CASH, eur(40_00), null, shift.getId(), OPENED),
                LedgerEntry.charge(order, organizer, PaymentMethod.CARD_TERMINAL, eur(25_00), "T-1", shift.getId(), OPENED),
                LedgerEntry.refund(order, organizer, PaymentMethod.CASH, eur(10_00), "refund", shift.getId(), OPENED));
        shift.close(eur(129_00), CLOSED);

        ZReport report = shift.zReport(entries);

        assertThat(report.expectedCash()).isEqualTo(eur(130_00));
        assertThat(report.countedCash()).isEqualTo(eur(129_00));
        assertThat(report.variance()).isEqualTo(eur(-1_00));
        assertThat(report.byMethod()).extracting(ZReport.MethodTotal::method).containsExactly(PaymentMethod.CASH, PaymentMethod.CARD_TERMINAL);
    }

    private static Money eur(long cents) {
        return Money.ofMinor(cents, "EUR");
    }
}
