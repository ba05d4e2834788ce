package dev.marquee.server.demo;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.checkin.CheckInLists;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.catalog.VenueManagement;
import dev.marquee.server.identity.UserManagement;
import dev.marquee.server.inventory.TicketTypeManagement;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo on an empty database, and logs the demo accounts at every start. These fixed passwords exist
 * only under the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "marquee-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final UserManagement users;
    private final OrganizerManagement organizers;
    private final VenueManagement venues;
    private final EventManagement events;
    private final TicketTypeManagement ticketTypes;
    private final CheckInLists checkInLists;
    private final Clock clock;

    DemoData(UserManagement users, OrganizerManagement organizers, VenueManagement venues, EventManagement events,
            TicketTypeManagement ticketTypes, CheckInLists checkInLists, Clock clock) {
        this.users = users;
        this.organizers = organizers;
        this.venues = venues;
        this.events = events;
        this.ticketTypes = ticketTypes;
        this.checkInLists = checkInLists;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.noAccounts()) {
            seed();
        }
        log.info("""

                Demo accounts (password '{}' for each): admin (ADMIN), organizer (ORGANIZER), boxoffice (BOX_OFFICE), gate (GATE)""",
                PASSWORD);
    }

    private void seed() {
        OrganizerView organizer = organizers.create(new OrganizerRequest("Harbour Lights Live"));
        Set<OrganizerId> scope = Set.of(organizer.id());
        users.create(new CreateUserRequest("admin", "Ada Admin", PASSWORD, Set.of(Role.ADMIN), Set.of()), null);
        users.create(new CreateUserRequest("organizer", "Olga Organizer", PASSWORD, Set.of(Role.ORGANIZER), scope), null);
        users.create(new CreateUserRequest("boxoffice", "Ben Boxoffice", PASSWORD, Set.of(Role.BOX_OFFICE), scope), null);
        users.create(new CreateUserRequest("gate", "Gina Gate", PASSWORD, Set.of(Role.GATE), scope), null);

        StaffPrincipal seeder = new StaffPrincipal(UserId.random(), "demo-seed", Set.of(Role.ORGANIZER), scope);
        VenueView hall = venues.create(new VenueRequest(organizer.id(), "Harbour Hall",
                "Kaiufer 12\n20457 Hamburg\nGermany", 1000, ZONE.getId()), seeder);

        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        EventView concert = events.create(event(hall, "The Lanterns: Winter Tour", "Indie folk with a full string section.",
                "Concert", today.plusDays(14), 16), seeder);
        QuotaView hallCapacity = ticketTypes.createQuota(concert.id(), new QuotaRequest("Hall capacity", 1000), seeder);
        ticketType(concert, "Standing", "39.00", 800, 10, Visibility.PUBLIC, hallCapacity, seeder);
        ticketType(concert, "VIP balcony", "89.00", 250, 4, Visibility.PUBLIC, hallCapacity, seeder);
        ticketType(concert, "Guest list", "0.00", 50, 2, Visibility.BOX_OFFICE, hallCapacity, seeder);
        events.publish(concert.id(), seeder);
        entrance(concert, seeder);

        EventView comedy = events.create(event(hall, "Late Night Comedy Club", "Five comedians, one microphone.",
                "Comedy", today.plusDays(3), 18), seeder);
        QuotaView seats = ticketTypes.createQuota(comedy.id(), new QuotaRequest("Seats", 300), seeder);
        ticketType(comedy, "Standard", "25.00", 260, 8, Visibility.PUBLIC, seats, seeder);
        ticketType(comedy, "Front row", "40.00", 40, 4, Visibility.PUBLIC, seats, seeder);
        events.publish(comedy.id(), seeder);
        entrance(comedy, seeder);
        checkInLists.createGate(new GateRequest(organizer.id(), "Main gate"), seeder);
        events.create(event(hall, "New Year's Eve Gala", "Dinner, dance and fireworks over the harbour.",
                "Gala", today.plusDays(40), 18), seeder);
        log.info("Seeded demo organizer '{}' with venue '{}' and three events (two published with ticket types and a check-in list, one draft)",
                organizer.name(), hall.name());
    }

    /** A check-in list admitting every ticket type of the event, so a kiosk can be paired and used at once. */
    private void entrance(EventView event, StaffPrincipal seeder) {
        Set<TicketTypeId> types = ticketTypes.list(event.id(), seeder).stream().map(TicketTypeView::id).collect(Collectors.toSet());
        checkInLists.create(event.id(), new CheckInListRequest("Main entrance", types, null, null, false, false), seeder);
    }

    private void ticketType(EventView event, String name, String price, int capacity, int maxPerOrder, Visibility visibility,
            QuotaView quota, StaffPrincipal seeder) {
        ticketTypes.create(event.id(), new TicketTypeRequest(name, Money.parse(price, "EUR"), capacity, null, null, maxPerOrder, visibility,
                Set.of(quota.id())), seeder);
    }

    private static EventRequest event(VenueView venue, String title, String description, String category, LocalDate day,
            Integer minimumAge) {
        return new EventRequest(venue.id(), title, description, category, day.atTime(LocalTime.of(20, 0)),
                day.atTime(LocalTime.of(23, 0)), ZONE.getId(), minimumAge);
    }
}
