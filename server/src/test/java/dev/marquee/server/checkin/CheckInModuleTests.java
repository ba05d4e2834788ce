package dev.marquee.server.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.ticketing.TicketRevoked;
import dev.marquee.server.ticketing.TicketsIssued;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Check-in with what it depends on: its copy of the tickets follows ticketing's events alone. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class CheckInModuleTests {

    @Autowired
    CheckInStore store;

    private EventId event = EventId.random();
    private OrderId order = OrderId.random();
    private TicketId ticket = TicketId.random();
    private TicketTypeId type = TicketTypeId.random();

    /** Fresh ids for every test: the tests share one instance and one database. */
    @BeforeEach
    void freshTicket() {
        event = EventId.random();
        order = OrderId.random();
        ticket = TicketId.random();
        type = TicketTypeId.random();
    }

    @Test
    void issuedTicketBecomesAdmissibleFromTheEventAlone(Scenario scenario) {
        scenario.publish(issued())
                .andWaitForStateChange(() -> store.ticket(ticket.value(), event))
                .andVerify(found -> {
                    CheckInRules.TicketState state = found.orElseThrow();
                    assertThat(state.status()).isEqualTo("VALID");
                    assertThat(state.serial()).isEqualTo(1);
                    assertThat(state.holderName()).isEqualTo("Ann");
                });
    }

    @Test
    void cancelledTicketStopsAdmitting(Scenario scenario) {
        scenario.publish(issued()).andWaitForStateChange(() -> store.ticket(ticket.value(), event));

        scenario.publish(new TicketRevoked(ticket, order, event, 1, TicketRevoked.Reason.CANCELLED))
                .andWaitForStateChange(() -> store.ticket(ticket.value(), event).map(CheckInRules.TicketState::status)
                        .filter("CANCELLED"::equals))
                .andVerify(status -> assertThat(status).contains("CANCELLED"));
    }

    private TicketsIssued issued() {
        return new TicketsIssued(order, event, List.of(new TicketsIssued.IssuedTicket(ticket, type, 1, "Ann", Money.parse("20.00", "EUR"))),
                Instant.parse("2026-06-01T18:00:00Z"));
    }
}
