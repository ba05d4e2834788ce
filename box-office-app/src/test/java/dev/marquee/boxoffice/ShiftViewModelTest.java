package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.Money;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.ShiftId;
import dev.marquee.model.payment.ShiftView;
import org.junit.jupiter.api.Test;

class ShiftViewModelTest {

    private final MutableClock clock = new MutableClock();
    private final FakeBoxOfficeServer server = new FakeBoxOfficeServer(clock);
    private final MemoryPreferences preferences = new MemoryPreferences();
    private final ShiftViewModel shift = new ShiftViewModel(server, BackgroundTasks.sameThread(), preferences, "EUR");

    @Test
    void opensAShiftAndRemembersTheTill() {
        shift.tillProperty().set("Counter 2");
        shift.openingFloatProperty().set("200");

        assertThat(shift.open()).isTrue();

        assertThat(shift.getShift().till()).isEqualTo("Counter 2");
        assertThat(shift.getShift().openingFloat()).isEqualTo(Money.ofMinor(20000, "EUR"));
        assertThat(preferences.get(ShiftViewModel.TILL_KEY, null)).isEqualTo("Counter 2");
    }

    @Test
    void refusesToOpenWithoutAFloat() {
        assertThat(shift.open()).isFalse();
        assertThat(shift.getError()).isEqualTo("Enter the cash in the drawer at the start, such as 200 or 0.");
        assertThat(server.openShiftKeys).isEmpty();
    }

    @Test
    void takesOverAShiftTheServerAlreadyHas() {
        ShiftView open = new ShiftView(ShiftId.random(), null, "Counter 1", "boxoffice", Money.ofMinor(5000, "EUR"), clock.instant(), null);
        server.current = open;
        server.nextOpenShiftFailure = FakeBoxOfficeServer.problem(409, ProblemTypes.CONFLICT, "You already have an open shift.");
        shift.openingFloatProperty().set("200");

        shift.open();

        assertThat(shift.getShift()).isEqualTo(open);
        assertThat(shift.getError()).isEmpty();
    }

    @Test
    void findsTheOpenShiftAtSignIn() {
        server.current = new ShiftView(ShiftId.random(), null, "Counter 1", "boxoffice", Money.ofMinor(0, "EUR"), clock.instant(), null);

        shift.findOpenShift();

        assertThat(shift.getShift()).isEqualTo(server.current);
    }

    @Test
    void closingGivesTheZReport() {
        shift.openingFloatProperty().set("200");
        shift.open();
        CloseShiftViewModel close = new CloseShiftViewModel(server, BackgroundTasks.sameThread(), shift);
        close.countedCashProperty().set("277.50");

        assertThat(close.close()).isTrue();

        assertThat(close.getReport().expectedCash()).isEqualTo(Money.ofMinor(27800, "EUR"));
        assertThat(close.getReport().variance()).isEqualTo(Money.ofMinor(-50, "EUR"));
        assertThat(shift.getShift()).isNull();
    }
}
