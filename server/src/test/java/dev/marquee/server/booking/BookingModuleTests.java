package dev.marquee.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.Money;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.catalog.VenueManagement;
import dev.marquee.server.inventory.Inventory;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.inventory.TicketTypeManagement;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.support.H2DataSourceInitializer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** The booking module with everything it builds on: what a sale announces. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "marquee.scheduling.enabled=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class BookingModuleTests {

    @Autowired
    OrganizerManagement organizers;
    @Autowired
    VenueManagement venues;
    @Autowired
    EventManagement events;
    @Autowired
    TicketTypeManagement ticketTypes;
    @Autowired
    Inventory inventory;
    @Autowired
    Sales sales;

    @Test
    void aCounterSaleAnnouncesThePlacedAndThePaidOrder(Scenario scenario) {
        EventView event = onSale();
        StaffPrincipal organizer = organizerOf(event);
        TicketTypeView type = ticketTypes.create(event.id(), new TicketTypeRequest("Standing", Money.ofMinor(2500, "EUR"), 50, null, null,
                10, Visibility.PUBLIC, Set.of()), organizer);
        HoldView hold = inventory.hold(event, new HoldRequest(List.of(new HoldItem(type.id(), 2))), SalesChannel.BOX_OFFICE);
        BoxOfficeCheckoutRequest card = new BoxOfficeCheckoutRequest(PaymentMethod.CARD_TERMINAL, null, "TRM-7", null, "Ada", null);

        scenario.stimulate(transactions -> sales.checkoutAtCounter(hold.holdId(), card, organizer))
                .andWaitForEventOfType(OrderPaid.class)
                .matching(paid -> paid.eventId().equals(event.id()))
                .toArriveAndVerify((paid, receipt) -> {
                    assertThat(paid.orderId()).isEqualTo(receipt.order().id());
                    assertThat(paid.total()).isEqualTo(Money.ofMinor(5000, "EUR"));
                    assertThat(paid.method()).isEqualTo(PaymentMethod.CARD_TERMINAL);
                    assertThat(paid.tickets()).hasSize(2);
                    assertThat(paid.captured()).isEqualTo(Money.ofMinor(5000, "EUR"));
                    assertThat(paid.order().code()).isEqualTo(receipt.order().code());
                    assertThat(paid.channel()).isEqualTo(SalesChannel.BOX_OFFICE);
                    assertThat(paid.paidAt()).isEqualTo(receipt.order().paidAt());
                });
    }

    @Test
    void cancellingAPaidOrderAtTheCounterSaysStaffDidIt(Scenario scenario) {
        EventView event = onSale();
        StaffPrincipal organizer = organizerOf(event);
        TicketTypeView type = ticketTypes.create(event.id(), new TicketTypeRequest("Standing", Money.ofMinor(2500, "EUR"), 50, null, null,
                10, Visibility.PUBLIC, Set.of()), organizer);
        HoldView hold = inventory.hold(event, new HoldRequest(List.of(new HoldItem(type.id(), 1))), SalesChannel.BOX_OFFICE);
        SaleReceipt receipt = sales.checkoutAtCounter(hold.holdId(),
                new BoxOfficeCheckoutRequest(PaymentMethod.CARD_TERMINAL, null, "TRM-8", null, null, null), organizer);

        scenario.stimulate(() -> sales.cancel(receipt.order().id(), organizer))
                .andWaitForEventOfType(OrderCancelled.class)
                .matching(cancelled -> cancelled.orderId().equals(receipt.order().id()))
                .toArriveAndVerify(cancelled -> assertThat(cancelled.reason()).isEqualTo(OrderCancelled.Reason.BY_STAFF));
    }

    private EventView onSale() {
        OrganizerView organizer = organizers.create(new OrganizerRequest("Booking module test"));
        StaffPrincipal staff = new StaffPrincipal(UserId.random(), "olga", Set.of(Role.ORGANIZER), Set.of(organizer.id()));
        VenueView venue = venues.create(new VenueRequest(organizer.id(), "Hall", "Street 1", 100, "Europe/Vienna"), staff);
        LocalDateTime start = LocalDateTime.now().plusDays(7).withNano(0);
        EventView draft = events.create(new EventRequest(venue.id(), "Show", null, null, start, start.plusHours(2), null, null), staff);
        return events.publish(draft.id(), staff);
    }

    private static StaffPrincipal organizerOf(EventView event) {
        return new StaffPrincipal(UserId.random(), "olga", Set.of(Role.ORGANIZER), Set.of(event.organizerId()));
    }
}
