package dev.marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.model.reporting.SalesSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventEditorViewModelTest {

    private static MarqueeClient client;
    private static ConsoleContext context;
    private final List<EventView> changed = new ArrayList<>();

    @BeforeAll
    static void signIn() {
        client = DemoAccounts.signIn("organizer");
        OrganizerId organizer = client.session().orElseThrow().organizerIds().iterator().next();
        context = new ConsoleContext(client, BackgroundTasks.sameThread(), organizer);
    }

    @AfterAll
    static void signOut() {
        client.close();
    }

    private EventEditorViewModel editor() {
        EventEditorViewModel editor = new EventEditorViewModel(context, Clock.systemUTC(), changed::add);
        editor.loadVenues();
        editor.startNew();
        return editor;
    }

    @Test
    void createsDraftInTheVenuesTimeZoneAndRefusesToPublishWithoutTicketsOnSale() {
        EventViewModelFixture fixture = new EventViewModelFixture(editor());
        EventView draft = fixture.createDraft("Refused publish " + UUID.randomUUID());

        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(draft.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(draft.startsAt().toLocalTime().toString()).isEqualTo("19:30");
        assertThat(changed).extracting(EventView::id).contains(draft.id());

        fixture.editor().publish();

        assertThat(fixture.editor().errorProperty().get()).contains("Nothing can be sold yet");
        assertThat(client.catalog().event(draft.id()).status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void publishesOnceATicketTypeIsOnSale() {
        EventViewModelFixture fixture = new EventViewModelFixture(editor());
        EventView draft = fixture.createDraft("Publishable " + UUID.randomUUID());
        client.inventory().createTicketType(draft.id(), new TicketTypeRequest("Standing", Money.parse("25.00", "EUR"), 100, null, null, 10,
                Visibility.PUBLIC, Set.of()));

        fixture.editor().publish();

        assertThat(fixture.editor().errorProperty().get()).isEmpty();
        assertThat(fixture.editor().eventProperty().get().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(fixture.editor().messageProperty().get()).contains("Published");
    }

    @Test
    void explainsFormMistakesBeforeAskingTheServer() {
        EventEditorViewModel editor = editor();
        editor.titleProperty().set("Backwards");
        editor.endDateProperty().set(editor.startDateProperty().get().minusDays(1));

        editor.save();

        assertThat(editor.errorProperty().get()).isEqualTo("The event must end after it starts.");
    }

    @Test
    void countsOnlyTicketTypesWhoseSaleWindowIsOpen() {
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        TicketTypeView open = type("Open", 10, null, null);
        TicketTypeView later = type("Later", 10, now.plusSeconds(60), null);
        TicketTypeView over = type("Over", 10, null, now.minusSeconds(60));
        TicketTypeView empty = type("Empty", 0, null, null);

        assertThat(EventEditorViewModel.onSale(List.of(open, later, over, empty), now)).containsExactly(open);
    }

    @Test
    void cancellationSaysHowManyPaidOrdersAreRefunded() {
        EventView event = new EventView(new EventId(UUID.randomUUID()), null, null, "Harbour Hall", "Gala", null, null,
                OffsetDateTime.of(2026, 12, 1, 20, 0, 0, 0, ZoneOffset.UTC), OffsetDateTime.of(2026, 12, 1, 23, 0, 0, 0, ZoneOffset.UTC),
                "UTC", null, EventStatus.PUBLISHED, Instant.now(), Instant.now());
        SalesSummary sold = new SalesSummary(event.id(), 3, 7, 100, Money.parse("273.00", "EUR"), List.of(), List.of());

        assertThat(EventEditorViewModel.cancellationText(event, sold))
                .contains("3 paid orders (7 tickets, EUR 273.00) will be refunded in full and their tickets revoked");
        assertThat(EventEditorViewModel.cancellationText(event, new SalesSummary(event.id(), 0, 0, 100, Money.zero("EUR"), List.of(), List.of())))
                .contains("nobody is refunded");
    }

    private static TicketTypeView type(String name, int capacity, Instant starts, Instant ends) {
        return new TicketTypeView(new TicketTypeId(UUID.randomUUID()), null, name, Money.zero("EUR"), capacity, 0, 0, capacity, starts, ends, 10,
                Visibility.PUBLIC, Set.of());
    }

    /** Fills the editor's form the way a person would. */
    record EventViewModelFixture(EventEditorViewModel editor) {

        EventView createDraft(String title) {
            editor.titleProperty().set(title);
            editor.categoryProperty().set("Concert");
            editor.startDateProperty().set(LocalDate.now().plusDays(40));
            editor.startTimeProperty().set("19:30");
            editor.endDateProperty().set(LocalDate.now().plusDays(40));
            editor.endTimeProperty().set("22:45");
            editor.save();
            assertThat(editor.errorProperty().get()).isEmpty();
            return editor.eventProperty().get();
        }
    }
}
