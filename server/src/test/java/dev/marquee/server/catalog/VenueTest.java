package dev.marquee.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.OrganizerId;
import dev.marquee.server.platform.InvalidInputException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class VenueTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void staysWithItsOrganizer() {
        Venue venue = new Venue(OrganizerId.random(), "Hall", "Street 1", 100, VIENNA);

        assertThatThrownBy(() -> venue.describe(OrganizerId.random(), "Hall", "Street 1", 100, VIENNA))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("stays with its organizer");
    }

    @Test
    void takesANewDescription() {
        OrganizerId organizer = OrganizerId.random();
        Venue venue = new Venue(organizer, "Hall", "Street 1", 100, VIENNA);

        venue.describe(organizer, "Big hall", "Street 2", 400, ZoneId.of("Europe/Berlin"));

        assertThat(venue.view().name()).isEqualTo("Big hall");
        assertThat(venue.view().capacity()).isEqualTo(400);
        assertThat(venue.view().timeZone()).isEqualTo("Europe/Berlin");
    }
}
