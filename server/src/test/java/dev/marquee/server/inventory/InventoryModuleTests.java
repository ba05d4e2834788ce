package dev.marquee.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.Money;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
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
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.catalog.VenueManagement;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.MovableClock;
import dev.marquee.server.support.MovableClockConfiguration;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** The inventory module with the catalog it builds on: what its flows announce. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "marquee.scheduling.enabled=false")
@ActiveProfiles("test")
@Import(MovableClockConfiguration.class)
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class InventoryModuleTests {

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
    HoldExpiry expiry;
    @Autowired
    MovableClock clock;

    @Test
    void definingATicketTypeAnnouncesItsFullState(Scenario scenario) {
        EventView event = draft();

        scenario.stimulate(() -> ticketTypes.create(event.id(), standing(50), organizerOf(event)))
                .andWaitForEventOfType(TicketTypeDefined.class)
                .matching(defined -> defined.eventId().equals(event.id()))
                .toArriveAndVerify(defined -> {
                    assertThat(defined.name()).isEqualTo("Standing");
                    assertThat(defined.price()).isEqualTo(Money.ofMinor(2500, "EUR"));
                    assertThat(defined.capacity()).isEqualTo(50);
                    assertThat(defined.organizerId()).isEqualTo(event.organizerId());
                });
    }

    @Test
    void holdingTicketsAnnouncesTheHold(Scenario scenario) {
        EventView event = onSale();
        TicketTypeView type = ticketTypes.create(event.id(), standing(50), organizerOf(event));
        HoldRequest request = new HoldRequest(List.of(new HoldItem(type.id(), 3)));

        scenario.stimulate(transactions -> inventory.hold(event, request, SalesChannel.BOX_OFFICE))
                .andWaitForEventOfType(TicketsHeld.class)
                .matching(held -> held.eventId().equals(event.id()))
                .toArriveAndVerify((held, hold) -> {
                    assertThat(held.holdId()).isEqualTo(hold.holdId());
                    assertThat(held.tickets()).isEqualTo(3);
                    assertThat(held.expiresAt()).isEqualTo(hold.expiresAt());
                    assertThat(inventory.ticketTypes(event.id()).getFirst().held()).isEqualTo(3);
                });
    }

    @Test
    void anExpiredHoldIsReleasedAndItsTicketsReturn(Scenario scenario) {
        EventView event = onSale();
        TicketTypeView type = ticketTypes.create(event.id(), standing(50), organizerOf(event));
        HoldView hold = inventory.hold(event, new HoldRequest(List.of(new HoldItem(type.id(), 4))), SalesChannel.BOX_OFFICE);
        clock.advance(Duration.ofHours(1));

        scenario.stimulate(() -> expiry.sweep())
                .andWaitForEventOfType(HoldReleased.class)
                .matching(released -> released.holdId().equals(hold.holdId()))
                .toArriveAndVerify(released -> {
                    assertThat(released.reason()).isEqualTo(HoldReleased.Reason.EXPIRED);
                    assertThat(inventory.held(hold.holdId()).active()).isFalse();
                    assertThat(inventory.ticketTypes(event.id()).getFirst().available()).isEqualTo(50);
                });
    }

    private static TicketTypeRequest standing(int capacity) {
        return new TicketTypeRequest("Standing", Money.ofMinor(2500, "EUR"), capacity, null, null, 10, Visibility.PUBLIC, Set.of());
    }

    private EventView onSale() {
        EventView draft = draft();
        return events.publish(draft.id(), organizerOf(draft));
    }

    private EventView draft() {
        OrganizerView organizer = organizers.create(new OrganizerRequest("Inventory module test"));
        StaffPrincipal staff = new StaffPrincipal(UserId.random(), "olga", Set.of(Role.ORGANIZER), Set.of(organizer.id()));
        VenueView venue = venues.create(new VenueRequest(organizer.id(), "Hall", "Street 1", 100, "Europe/Vienna"), staff);
        LocalDateTime start = LocalDateTime.now().plusDays(7).withNano(0);
        return events.create(new EventRequest(venue.id(), "Show", null, null, start, start.plusHours(2), null, null), staff);
    }

    private static StaffPrincipal organizerOf(EventView event) {
        return new StaffPrincipal(UserId.random(), "olga", Set.of(Role.ORGANIZER), Set.of(event.organizerId()));
    }
}
