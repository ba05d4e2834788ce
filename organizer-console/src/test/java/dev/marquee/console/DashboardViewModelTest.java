package dev.marquee.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.client.EventQuery;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    private static MarqueeClient client;
    private static LiveUpdates live;
    private static ConsoleContext context;

    @BeforeAll
    static void signIn() {
        client = DemoAccounts.signIn("organizer");
        live = LiveUpdates.builder(client).build();
        live.start();
        OrganizerId organizer = client.session().orElseThrow().organizerIds().iterator().next();
        context = new ConsoleContext(client, BackgroundTasks.sameThread(), organizer);
    }

    @AfterAll
    static void signOut() {
        live.close();
        client.close();
    }

    @Test
    void followsSalesLive() {
        LocalDateTime starts = LocalDateTime.now().plusDays(20).withHour(20).withMinute(0).withSecond(0).withNano(0);
        EventView event = client.catalog().createEvent(new EventRequest(client.catalog().venues().getFirst().id(), "Live " + UUID.randomUUID(), null, null,
                starts, starts.plusHours(2), null, null));
        TicketTypeView standing = client.inventory().createTicketType(event.id(), new TicketTypeRequest("Standing", Money.parse("30.00", "EUR"), 80, null, null,
                10, Visibility.PUBLIC, Set.of()));
        client.catalog().publishEvent(event.id());
        DashboardViewModel dashboard = new DashboardViewModel(context, live, Runnable::run);
        dashboard.open(event.id());
        assertThat(dashboard.errorProperty().get()).isEmpty();
        assertThat(dashboard.capacityProperty().get()).isEqualTo(80);
        assertThat(dashboard.ticketsSoldProperty().get()).isZero();

        BoxOfficeSale.sell(event.id(), standing.id(), 2, "Lia Live");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(dashboard.ticketsSoldProperty().get()).isEqualTo(2);
            assertThat(dashboard.revenueProperty().get()).isEqualTo("EUR 60.00");
            assertThat(dashboard.paidOrdersProperty().get()).isEqualTo(1);
            assertThat(dashboard.types()).containsExactly(new DashboardViewModel.TypeRow("Standing", 2, 0, 80));
        });
        assertThat(dashboard.salesPerMinute()).extracting(DashboardViewModel.Point::count).containsExactly(2);
        dashboard.close();
    }

    @Test
    void marksDuplicateEntryAlertsCritical() {
        DashboardViewModel dashboard = new DashboardViewModel(context, live, Runnable::run);
        EventView any = client.catalog().events(EventQuery.all()).items().getFirst();
        dashboard.open(any.id());
        Topic alerts = Topic.alerts(context.organizerId());

        dashboard.onUpdate(any.id(), new ServerMessage.StaffAlert(alerts, 1, "CRITICAL", "Ticket scanned twice at North door", Instant.now()));
        dashboard.onUpdate(any.id(), new ServerMessage.StaffAlert(alerts, 2, "INFO", "Kiosk back online", Instant.now()));

        assertThat(dashboard.alerts()).extracting(DashboardViewModel.Alert::critical).containsExactly(false, true);
        dashboard.close();
    }
}
