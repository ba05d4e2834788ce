package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.Money;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.inventory.HoldItem;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CartViewModelTest {

    private final MutableClock clock = new MutableClock();
    private final FakeBoxOfficeServer server = new FakeBoxOfficeServer(clock);
    private SaleViewModel sale;
    private CartViewModel cart;

    @BeforeEach
    void chooseTheConcert() {
        sale = new SaleViewModel(server, BackgroundTasks.sameThread(), Runnable::run, clock, false);
        sale.picker().search();
        sale.picker().selectedEventProperty().set(sale.picker().events().getFirst());
        cart = sale.cart();
    }

    private TicketTypeRow row(String name) {
        return sale.picker().ticketTypes().stream().filter(type -> type.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aDigitSetsTheQuantityOfTheSelectedTypeAndHoldsItAtOnce() {
        cart.selectedTypeProperty().set(row("Standing"));

        cart.typeDigit(2);

        assertThat(cart.lines()).singleElement().satisfies(line -> assertThat(line.getQuantity()).isEqualTo(2));
        assertThat(server.placedHolds).singleElement().satisfies(hold ->
                assertThat(hold.items()).containsExactly(new HoldItem(server.standing.id(), 2)));
        assertThat(cart.getTotal()).isEqualTo(Money.ofMinor(7800, "EUR"));
        assertThat(cart.isReadyToPay()).isTrue();
    }

    @Test
    void quickDigitsBuildOneNumberAndSlowOnesStartAgain() {
        cart.selectedTypeProperty().set(row("Standing"));

        cart.typeDigit(1);
        cart.typeDigit(0);
        assertThat(cart.lines().getFirst().getQuantity()).isEqualTo(10);

        clock.advance(Duration.ofSeconds(2));
        cart.typeDigit(3);
        assertThat(cart.lines().getFirst().getQuantity()).isEqualTo(3);
    }

    @Test
    void refusesMoreThanTheTypeAllowsPerOrder() {
        cart.selectedTypeProperty().set(row("Standing"));

        cart.typeDigit(1);
        cart.typeDigit(2);

        assertThat(cart.lines().getFirst().getQuantity()).isEqualTo(1);
        assertThat(cart.getMessage()).isEqualTo("At most 10 Standing tickets per order.");
    }

    @Test
    void plusAndMinusChangeByOneAndReplaceTheHold() {
        cart.selectedTypeProperty().set(row("VIP balcony"));

        cart.increment();
        cart.increment();
        var second = cart.getHold();
        cart.decrement();

        assertThat(cart.lines().getFirst().getQuantity()).isEqualTo(1);
        assertThat(server.placedHolds).hasSize(3);
        assertThat(server.releasedHolds).hasSize(2).contains(second.holdId());
        assertThat(cart.getTotal()).isEqualTo(Money.ofMinor(8900, "EUR"));
    }

    @Test
    void removingTheLastTicketReleasesTheHoldWithoutPlacingAnother() {
        cart.selectedTypeProperty().set(row("Standing"));
        cart.increment();
        var held = cart.getHold();

        cart.removeSelected();

        assertThat(cart.lines()).isEmpty();
        assertThat(server.releasedHolds).containsExactly(held.holdId());
        assertThat(server.placedHolds).hasSize(1);
        assertThat(cart.getHold()).isNull();
        assertThat(cart.isReadyToPay()).isFalse();
    }

    @Test
    void refusesASoldOutType() {
        cart.selectedTypeProperty().set(row("Early bird"));

        cart.increment();

        assertThat(cart.lines()).isEmpty();
        assertThat(server.placedHolds).isEmpty();
        assertThat(cart.getMessage()).isEqualTo("Early bird is sold out. Choose another ticket type.");
    }

    @Test
    void cancelReleasesTheHoldAndEmptiesTheCart() {
        cart.selectedTypeProperty().set(row("Standing"));
        cart.typeDigit(4);
        var held = cart.getHold();

        cart.cancel();

        assertThat(server.releasedHolds).containsExactly(held.holdId());
        assertThat(cart.lines()).isEmpty();
        assertThat(cart.getTotal()).isNull();
    }

    @Test
    void countsDownAndExplainsAHoldThatRanOut() {
        cart.selectedTypeProperty().set(row("Standing"));
        cart.typeDigit(2);

        clock.advance(Duration.ofSeconds(79));
        cart.tick();
        assertThat(cart.getCountdown()).isEqualTo("Held for 1:41");

        clock.advance(Duration.ofSeconds(101));
        cart.tick();
        assertThat(cart.isExpired()).isTrue();
        assertThat(cart.isReadyToPay()).isFalse();
        assertThat(cart.getMessage()).startsWith("The hold ran out after three minutes and the tickets went back on sale.")
                .contains("Press F5 to hold them again");

        cart.retakeHold();
        assertThat(cart.isExpired()).isFalse();
        assertThat(cart.isReadyToPay()).isTrue();
        assertThat(server.placedHolds).hasSize(2);
    }

    @Test
    void explainsAHoldTheServerRefused() {
        cart.selectedTypeProperty().set(row("Standing"));
        server.nextHoldFailure = FakeBoxOfficeServer.problem(409, ProblemTypes.SOLD_OUT, "Only 1 Standing ticket is left.");

        cart.typeDigit(2);

        assertThat(cart.getHold()).isNull();
        assertThat(cart.getMessage()).isEqualTo("Only 1 Standing ticket is left. Change the quantities, or press F5 to try again.");
        assertThat(cart.isReadyToPay()).isFalse();
    }

    @Test
    void choosingAnotherEventStartsAnEmptyCart() {
        cart.selectedTypeProperty().set(row("Standing"));
        cart.typeDigit(2);
        var held = cart.getHold();

        sale.picker().selectedEventProperty().set(null);

        assertThat(cart.lines()).isEmpty();
        assertThat(server.releasedHolds).containsExactly(held.holdId());
        assertThat(server.watchesClosed).isEqualTo(1);
    }
}
