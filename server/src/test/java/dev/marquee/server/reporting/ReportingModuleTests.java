package dev.marquee.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.booking.OrderCancelled;
import dev.marquee.server.booking.OrderPaid;
import dev.marquee.server.booking.OrderSummary;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.payment.RefundIssued;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.ticketing.TicketsIssued;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting's read model: written in the transaction that publishes its events, and safe when an event comes twice
 * (a refund redelivered by the registry, or a sale retried).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class ReportingModuleTests {

    @Autowired
    SalesReadModel listeners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSaleCountsOnlyOnceItsTransactionCommits() {
        OrderPaid rolledBack = paid("RPT002", Money.parse("30.00", "EUR"), 2);
        OrderPaid committed = paid("RPT003", Money.parse("15.00", "EUR"), 1);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> events.publishEvent(committed));

        assertThat(orderCount(rolledBack.orderId())).isZero();
        assertThat(ticketCount(rolledBack.orderId())).isZero();
        assertThat(jdbc.sql("select status, captured_minor from reporting_order where id = :id").param("id", committed.orderId().value())
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).single()).isEqualTo("PAID 1500");
        assertThat(ticketCount(committed.orderId())).isEqualTo(1);
    }

    @Test
    void aSaleHandedOverTwiceCountsItsTicketsOnce() {
        OrderPaid sale = paid("RPT004", Money.parse("40.00", "EUR"), 2);

        events.publishEvent(sale);
        events.publishEvent(sale);

        assertThat(orderCount(sale.orderId())).isEqualTo(1);
        assertThat(ticketCount(sale.orderId())).isEqualTo(2);
    }

    @Test
    void anOrderCancelledBeforePaymentIsReportedWithWhatItWas() {
        OrderSummary order = new OrderSummary(OrderId.random(), "RPT005", EventId.random(), OrganizerId.random(), SalesChannel.ONLINE, "Bo",
                "bo@example.org", Money.parse("12.50", "EUR"), Instant.parse("2026-06-01T18:00:00Z"));

        events.publishEvent(new OrderCancelled(order, OrderCancelled.Reason.PAYMENT_FAILED));

        assertThat(jdbc.sql("select code, status, buyer_email, total_minor, paid_at from reporting_order where id = :id")
                .param("id", order.orderId().value())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
                        + rs.getObject(5))
                .single()).isEqualTo("RPT005 CANCELLED bo@example.org 1250 null");
    }

    @Test
    void aRefundHandedOverTwiceIsCountedOnce() {
        SalesReadModel readModel = listeners;
        OrderId order = OrderId.random();
        OrganizerId organizer = OrganizerId.random();
        Money total = Money.parse("50.00", "EUR");
        readModel.on(new OrderPaid(new OrderSummary(order, "RPT001", EventId.random(), organizer, SalesChannel.BOX_OFFICE, "Ann", null, total,
                Instant.parse("2026-06-01T18:00:00Z")), PaymentMethod.CASH, total, List.of(), Instant.parse("2026-06-01T18:01:00Z")));
        RefundIssued refund = new RefundIssued(order, organizer, PaymentMethod.CASH, Money.parse("20.00", "EUR"), UUID.randomUUID());
        RefundIssued another = new RefundIssued(order, organizer, PaymentMethod.CASH, Money.parse("5.00", "EUR"), UUID.randomUUID());

        readModel.on(refund);
        readModel.on(refund);
        readModel.on(another);

        assertThat(jdbc.sql("select refunded_minor from reporting_order where id = :id").param("id", order.value()).query(Long.class).single())
                .isEqualTo(2500L);
    }

    private static OrderPaid paid(String code, Money price, int tickets) {
        OrderId order = OrderId.random();
        TicketTypeId type = TicketTypeId.random();
        List<TicketsIssued.IssuedTicket> issued = IntStream.range(0, tickets)
                .mapToObj(i -> new TicketsIssued.IssuedTicket(TicketId.random(), type, 1, "Holder " + i, price)).toList();
        Money total = issued.stream().map(TicketsIssued.IssuedTicket::price).reduce(Money.zero("EUR"), Money::plus);
        return new OrderPaid(new OrderSummary(order, code, EventId.random(), OrganizerId.random(), SalesChannel.ONLINE, "Ann", "ann@example.org",
                total, Instant.parse("2026-06-01T18:00:00Z")), PaymentMethod.ONLINE, total, issued, Instant.parse("2026-06-01T18:01:00Z"));
    }

    private long orderCount(OrderId order) {
        return jdbc.sql("select count(*) from reporting_order where id = :id").param("id", order.value()).query(Long.class).single();
    }

    private long ticketCount(OrderId order) {
        return jdbc.sql("select count(*) from reporting_ticket where order_id = :id").param("id", order.value()).query(Long.class).single();
    }
}
