package dev.marquee.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.booking.OrderPaid;
import dev.marquee.server.booking.OrderSummary;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.payment.RefundIssued;
import dev.marquee.server.support.H2DataSourceInitializer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.AopTestUtils;

/** Reporting's read model, fed its events directly: the registry delivers at least once, so twice must count once. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class ReportingModuleTests {

    @Autowired
    SalesReadModel listeners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefundHandedOverTwiceIsCountedOnce() {
        // The listeners themselves, without the asynchronous proxy, so that each delivery has finished when it returns.
        SalesReadModel readModel = AopTestUtils.getUltimateTargetObject(listeners);
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
}
