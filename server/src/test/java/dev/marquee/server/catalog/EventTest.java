package dev.marquee.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.server.platform.IllegalTransitionException;
import dev.marquee.server.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void publishingADraftRegistersEventPublished() {
        Event event = draftStartingIn(10);

        event.publish("olga", NOW);

        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.registeredEvents()).singleElement().isInstanceOfSatisfying(EventPublished.class, published -> {
            assertThat(published.eventId()).isEqualTo(event.id());
            assertThat(published.publishedBy()).isEqualTo("olga");
        });
    }

    @Test
    void cancellingRegistersEventCancelledWithTheReason() {
        Event event = draftStartingIn(10);
        event.publish("olga", NOW);

        event.cancel("olga", "Storm", NOW);

        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.registeredEvents()).last().isInstanceOfSatisfying(EventCancelled.class,
                cancelled -> assertThat(cancelled.reason()).isEqualTo("Storm"));
    }

    @Test
    void deletingADraftRegistersEventDeleted() {
        Event event = draftStartingIn(10);

        event.delete("olga", NOW);

        assertThat(event.registeredEvents()).singleElement().isInstanceOfSatisfying(EventDeleted.class,
                deleted -> assertThat(deleted.deletedBy()).isEqualTo("olga"));
    }

    @Test
    void refusesToPublishTwice() {
        Event event = draftStartingIn(10);
        event.publish("olga", NOW);

        assertThatThrownBy(() -> event.publish("olga", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void refusesToCancelADraft() {
        assertThatThrownBy(() -> draftStartingIn(10).cancel("olga", null, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("delete it");
    }

    @Test
    void finalStatesAreFinal() {
        Event cancelled = draftStartingIn(10);
        cancelled.publish("olga", NOW);
        cancelled.cancel("olga", null, NOW);

        assertThatThrownBy(() -> cancelled.complete(NOW.plusSeconds(86_400 * 20))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> cancelled.publish("olga", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> cancelled.revise(cancelled.venueId(), cancelled.schedule(), cancelled.details(), NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> cancelled.delete("olga", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void completesOnlyOnceStarted() {
        Event event = draftStartingIn(1);
        event.publish("olga", NOW);

        assertThatThrownBy(() -> event.complete(NOW)).hasMessageContaining("not started");
        event.complete(NOW.plusSeconds(2 * 86_400));

        assertThat(event.status()).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void readsWallClockTimesInTheEventsZone() {
        Event.Schedule winter = Event.Schedule.local(LocalDateTime.of(2026, 12, 1, 20, 0), LocalDateTime.of(2026, 12, 1, 23, 0), BERLIN);
        Event.Schedule summer = Event.Schedule.local(LocalDateTime.of(2027, 7, 1, 20, 0), LocalDateTime.of(2027, 7, 1, 23, 0), BERLIN);

        assertThat(winter.startsAt()).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
        assertThat(summer.startsAt()).isEqualTo(Instant.parse("2027-07-01T18:00:00Z"));
    }

    @Test
    void refusesTimesThatDoNotExistAtTheVenue() {
        LocalDateTime inTheGap = LocalDateTime.of(2027, 3, 28, 2, 30);

        assertThatThrownBy(() -> Event.Schedule.local(inTheGap, inTheGap.plusHours(3), BERLIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        LocalDateTime start = LocalDateTime.of(2027, 1, 10, 20, 0);

        assertThatThrownBy(() -> Event.Schedule.local(start, start, BERLIN)).hasMessageContaining("endsAt");
    }

    private static Event draftStartingIn(int days) {
        Instant start = NOW.plusSeconds(days * 86_400L);
        return Event.draft(OrganizerId.random(), VenueId.random(), new Event.Schedule(start, start.plusSeconds(3 * 3600), BERLIN),
                new Event.Details("Show", "", "", null), NOW);
    }
}
