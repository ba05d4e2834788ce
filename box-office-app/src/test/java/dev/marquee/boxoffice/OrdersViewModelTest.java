package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.ServerUnreachableException;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.Money;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.TicketStatus;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrdersViewModelTest {

    private final FakeBoxOfficeServer server = new FakeBoxOfficeServer(new MutableClock());
    private final OrdersViewModel orders = new OrdersViewModel(server, BackgroundTasks.sameThread());

    @BeforeEach
    void findTheOrder() {
        orders.queryProperty().set("wd7k-hrae");
        orders.search();
    }

    @Test
    void findsAnOrderByCodeAndChoosesItWhenItIsTheOnlyOne() {
        assertThat(orders.results()).hasSize(1);
        assertThat(orders.getSelectedOrder().code()).isEqualTo("WD7K-HRAE");
    }

    @Test
    void saysWhenNothingMatches() {
        orders.queryProperty().set("nobody");
        orders.search();

        assertThat(orders.results()).isEmpty();
        assertThat(orders.getNotice()).isEqualTo("No order matches 'nobody'.");
    }

    @Test
    void refundsOneTicket() {
        OrderTicketView first = orders.getSelectedOrder().tickets().getFirst();
        orders.selectedTicketProperty().set(first);

        assertThat(orders.refundTicket()).isTrue();

        assertThat(server.refunds.getFirst().ticketIds()).containsExactly(first.id());
        assertThat(orders.getSelectedOrder().tickets()).extracting(OrderTicketView::status)
                .containsExactly(TicketStatus.REVOKED, TicketStatus.VALID);
        assertThat(orders.getSelectedOrder().refunded()).isEqualTo(Money.ofMinor(3900, "EUR"));
        assertThat(orders.getNotice()).isEqualTo("Refunded one Standing ticket of WD7K-HRAE. €39.00 refunded in total on this order.");
    }

    @Test
    void refundsTheWholeOrder() {
        orders.refundOrder();

        assertThat(server.refunds.getFirst().ticketIds()).isEmpty();
        assertThat(orders.getSelectedOrder().tickets()).extracting(OrderTicketView::status).containsOnly(TicketStatus.REVOKED);
    }

    @Test
    void aRefundTriedAgainAfterALostAnswerKeepsItsKey() {
        orders.selectedTicketProperty().set(orders.getSelectedOrder().tickets().getFirst());
        server.nextRefundFailure = new ServerUnreachableException(URI.create("http://localhost:8080"), true, "No answer.",
                new IOException("timeout"));

        orders.refundTicket();
        assertThat(orders.getError()).isEqualTo("No answer.");
        orders.refundTicket();

        assertThat(server.refundKeys).hasSize(2);
        assertThat(server.refundKeys.get(1)).isEqualTo(server.refundKeys.get(0));
    }

    @Test
    void refusesToRefundATicketTwice() {
        orders.selectedTicketProperty().set(orders.getSelectedOrder().tickets().getFirst());
        orders.refundTicket();
        orders.selectedTicketProperty().set(orders.getSelectedOrder().tickets().getFirst());

        assertThat(orders.refundTicket()).isFalse();
        assertThat(orders.getError()).isEqualTo("This ticket was already refunded or replaced.");
    }
}
