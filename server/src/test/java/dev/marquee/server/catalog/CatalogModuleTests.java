package dev.marquee.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.support.H2DataSourceInitializer;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The catalog module on its own, with only what it depends on. */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class CatalogModuleTests {

    @Autowired
    OrganizerManagement organizers;
    @Autowired
    VenueManagement venues;
    @Autowired
    EventManagement events;

    @Test
    void publishingAnEventAnnouncesIt(Scenario scenario) {
        EventView draft = draft();
        StaffPrincipal organizer = organizerOf(draft);

        scenario.stimulate(() -> events.publish(draft.id(), organizer))
                .andWaitForEventOfType(EventPublished.class)
                .matching(published -> published.eventId().equals(draft.id()))
                .toArriveAndVerify(published -> {
                    assertThat(published.organizerId()).isEqualTo(draft.organizerId());
                    assertThat(published.publishedBy()).isEqualTo("olga");
                });
    }

    @Test
    void cancellingAnEventAnnouncesItWithTheReason(Scenario scenario) {
        EventView draft = draft();
        StaffPrincipal organizer = organizerOf(draft);
        events.publish(draft.id(), organizer);

        scenario.stimulate(() -> events.cancel(draft.id(), "Flooded", organizer))
                .andWaitForEventOfType(EventCancelled.class)
                .matching(cancelled -> cancelled.eventId().equals(draft.id()))
                .toArriveAndVerify(cancelled -> assertThat(cancelled.reason()).isEqualTo("Flooded"));
    }

    private EventView draft() {
        OrganizerView organizer = organizers.create(new OrganizerRequest("Module test"));
        StaffPrincipal staff = new StaffPrincipal(UserId.random(), "olga", Set.of(Role.ORGANIZER), Set.of(organizer.id()));
        VenueView venue = venues.create(new VenueRequest(organizer.id(), "Hall", "Street 1", 100, "Europe/Vienna"), staff);
        LocalDateTime start = LocalDateTime.now().plusDays(7).withNano(0);
        return events.create(new EventRequest(venue.id(), "Show", null, null, start, start.plusHours(2), null, null), staff);
    }

    private static StaffPrincipal organizerOf(EventView event) {
        return new StaffPrincipal(UserId.random(), "olga", Set.of(Role.ORGANIZER), Set.of(event.organizerId()));
    }
}
