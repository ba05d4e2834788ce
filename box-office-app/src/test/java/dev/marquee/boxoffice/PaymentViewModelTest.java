package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.ServerUnreachableException;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.Money;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.payment.PaymentMethod;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PaymentViewModelTest {

    private final MutableClock clock = new MutableClock();
    private final FakeBoxOfficeServer server = new FakeBoxOfficeServer(clock);

    private SaleViewModel saleOfTwoStanding(boolean complimentaryAllowed) {
        SaleViewModel sale = new SaleViewModel(server, BackgroundTasks.sameThread(), Runnable::run, clock, complimentaryAllowed);
        sale.picker().search();
        sale.picker().selectedEventProperty().set(sale.picker().events().getFirst());
        sale.cart().selectedTypeProperty().set(sale.picker().ticketTypes().getFirst());
        sale.cart().typeDigit(2);
        return sale;
    }

    @Test
    void changeDueIsTenderedMinusTotal() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();

        payment.tenderedProperty().set("100");

        assertThat(payment.getChangeDue()).isEqualTo(Money.ofMinor(2200, "EUR"));
        assertThat(Amounts.format(payment.getChangeDue())).isEqualTo("€22.00");
        assertThat(payment.getProblem()).isEmpty();
    }

    @Test
    void paysCashAndShowsTheChangeOnTheReceipt() {
        SaleViewModel sale = saleOfTwoStanding(false);
        PaymentViewModel payment = sale.payment();
        payment.tenderedProperty().set("100,00");
        payment.buyerNameProperty().set(" Mia Muster ");

        assertThat(payment.pay()).isTrue();

        assertThat(server.checkouts).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(request.tendered()).isEqualTo(Money.ofMinor(10000, "EUR"));
            assertThat(request.buyerName()).isEqualTo("Mia Muster");
            assertThat(request.buyerEmail()).isNull();
        });
        assertThat(payment.getReceipt().changeDue()).isEqualTo(Money.ofMinor(2200, "EUR"));
        assertThat(sale.cart().lines()).isEmpty();
        assertThat(server.releasedHolds).isEmpty();
    }

    @Test
    void refusesTenderedBelowTheTotal() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();

        payment.tenderedProperty().set("50");

        assertThat(payment.getChangeDue()).isNull();
        assertThat(payment.getProblem()).isEqualTo("€50.00 is less than the total of €78.00. Ask for €28.00 more.");
        assertThat(payment.pay()).isFalse();
        assertThat(payment.getError()).isEqualTo(payment.getProblem());
        assertThat(server.checkouts).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();

        payment.tenderedProperty().set("lots");

        assertThat(payment.getProblem()).isEqualTo("'lots' is not an amount. Type it like 100 or 100.50.");
    }

    @Test
    void tryingTheSamePaymentAgainReusesItsKeySoItCannotSellTwice() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();
        payment.tenderedProperty().set("100");
        server.nextCheckoutFailure = new ServerUnreachableException(URI.create("http://localhost:8080"), true,
                "The Marquee server did not answer in time.", new IOException("timeout"));

        payment.pay();
        assertThat(payment.getReceipt()).isNull();
        assertThat(payment.getError()).contains("Press Enter to try again: it is safe, this sale cannot go through twice.");

        payment.pay();
        assertThat(payment.getReceipt()).isNotNull();
        assertThat(server.checkoutKeys).hasSize(2);
        assertThat(server.checkoutKeys.get(1)).isEqualTo(server.checkoutKeys.get(0));
    }

    @Test
    void aChangedPaymentIsANewAction() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();
        payment.tenderedProperty().set("100");
        server.nextCheckoutFailure = FakeBoxOfficeServer.problem(402, ProblemTypes.PAYMENT_FAILED, "The payment was declined.");

        payment.pay();
        assertThat(payment.getError()).startsWith("Nothing was sold. The payment was declined.");

        payment.tenderedProperty().set("80");
        payment.pay();
        assertThat(server.checkoutKeys.get(1)).isNotEqualTo(server.checkoutKeys.get(0));
        assertThat(payment.getReceipt().changeDue()).isEqualTo(Money.ofMinor(200, "EUR"));
    }

    @Test
    void aHoldThatRanOutAtCheckoutIsExplained() {
        SaleViewModel sale = saleOfTwoStanding(false);
        PaymentViewModel payment = sale.payment();
        payment.tenderedProperty().set("100");
        server.nextCheckoutFailure = FakeBoxOfficeServer.problem(409, ProblemTypes.HOLD_EXPIRED, "The hold has expired.");

        payment.pay();

        assertThat(payment.getError()).isEqualTo("Nothing was sold: the hold ran out. Press F5 to hold the tickets again, then pay.");
        assertThat(sale.cart().isExpired()).isTrue();
        assertThat(sale.cart().lines()).hasSize(1);
    }

    @Test
    void withoutAnOpenShiftSaysToOpenOne() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();
        payment.tenderedProperty().set("78");
        server.nextCheckoutFailure = FakeBoxOfficeServer.problem(409, ProblemTypes.NO_OPEN_SHIFT, "Open a shift first.");

        payment.pay();

        assertThat(payment.getError()).contains("no shift is open at this till");
    }

    @Test
    void cardNeedsTheTerminalReference() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();
        payment.methodProperty().set(PaymentMethod.CARD_TERMINAL);

        assertThat(payment.pay()).isFalse();
        assertThat(payment.getError()).isEqualTo("Enter the reference printed by the card terminal.");

        payment.terminalReferenceProperty().set("TRM-0042");
        assertThat(payment.pay()).isTrue();
        assertThat(server.checkouts.getFirst().terminalReference()).isEqualTo("TRM-0042");
        assertThat(payment.getReceipt().changeDue()).isNull();
    }

    @Test
    void complimentaryOnlyWhereTheRoleAllowsIt() {
        PaymentViewModel seller = saleOfTwoStanding(false).payment();
        seller.methodProperty().set(PaymentMethod.COMPLIMENTARY);
        assertThat(seller.methodProperty().get()).isEqualTo(PaymentMethod.CASH);
        assertThat(seller.getError()).startsWith("Only organizers and administrators");

        PaymentViewModel organizer = saleOfTwoStanding(true).payment();
        organizer.methodProperty().set(PaymentMethod.COMPLIMENTARY);
        assertThat(organizer.pay()).isFalse();
        organizer.reasonProperty().set("Press");
        assertThat(organizer.pay()).isTrue();
        assertThat(server.checkouts.getLast().reason()).isEqualTo("Press");
    }

    @Test
    void refusesAMistypedEmail() {
        PaymentViewModel payment = saleOfTwoStanding(false).payment();
        payment.tenderedProperty().set("100");
        payment.buyerEmailProperty().set("mia at example");

        assertThat(payment.pay()).isFalse();
        assertThat(payment.getError()).isEqualTo("'mia at example' is not an email address. Correct it or leave it empty.");
    }
}
