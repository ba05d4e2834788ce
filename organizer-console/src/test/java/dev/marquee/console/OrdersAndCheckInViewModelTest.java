package dev.marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersAndCheckInViewModelTest {

    private static MarqueeClient client;
    private static ConsoleContext context;
    private static EventView event;
    private static TicketTypeView standing;

    @BeforeAll
    static void publishedEvent() {
        client = DemoAccounts.signIn("organizer");
        OrganizerId organizer = client.session().orElseThrow().organizerIds().iterator().next();
        context = new ConsoleContext(client, BackgroundTasks.sameThread(), organizer);
        LocalDateTime starts = LocalDateTime.now().plusDays(25).withHour(19).withMinute(0).withSecond(0).withNano(0);
        event = client.catalog().createEvent(new EventRequest(client.catalog().venues().getFirst().id(), "Orders " + UUID.randomUUID(), null, null, starts,
                starts.plusHours(2), null, null));
        standing = client.inventory().createTicketType(event.id(), new TicketTypeRequest("Standing", Money.parse("20.00", "EUR"), 50, null, null, 10,
                Visibility.PUBLIC, Set.of()));
        client.catalog().publishEvent(event.id());
    }

    @AfterAll
    static void signOut() {
        client.close();
    }

    @Test
    void findsAnOrderByBuyerAndRefundsOneTicket() {
        SaleReceipt sale = BoxOfficeSale.sell(event.id(), standing.id(), 2, "Rita Refund");
        OrdersViewModel orders = new OrdersViewModel(context);
        orders.open(event.id());
        orders.queryProperty().set("Rita Refund");
        orders.search();
        assertThat(orders.orders()).extracting(o -> o.code()).containsExactly(sale.order().code());
        orders.selectedProperty().set(orders.orders().getFirst());
        assertThat(orders.refundText(List.of())).startsWith("Refund 2 tickets of order " + sale.order().code());

        orders.refund(List.of(sale.order().tickets().getFirst().id()), "Cannot come");

        assertThat(orders.errorProperty().get()).isEmpty();
        assertThat(orders.messageProperty().get()).contains("EUR 20.00");
        assertThat(orders.selectedProperty().get().status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.selectedProperty().get().tickets()).extracting(t -> t.status()).containsExactly(TicketStatus.REVOKED, TicketStatus.VALID);
    }

    @Test
    void savesTheAttendeesCsvToTheChosenFile(@TempDir Path dir) throws IOException {
        BoxOfficeSale.sell(event.id(), standing.id(), 1, "Carla Csv");
        OrdersViewModel orders = new OrdersViewModel(context);
        orders.open(event.id());
        Path file = dir.resolve(OrdersViewModel.Export.ATTENDEES.fileName(event.id()));

        orders.export(OrdersViewModel.Export.ATTENDEES, file);

        assertThat(orders.errorProperty().get()).isEmpty();
        assertThat(Files.readString(file)).contains("Carla Csv");
        assertThat(orders.messageProperty().get()).startsWith("Saved ").endsWith("tickets to " + file.getFileName() + ".");
    }

    @Test
    void setsUpAListAGateAndAPairingCode() {
        CheckInSetupViewModel checkIn = new CheckInSetupViewModel(context);
        checkIn.open(event.id());
        checkIn.listNameProperty().set("Main entrance");
        checkIn.createList();
        checkIn.gateNameProperty().set("North door " + UUID.randomUUID().toString().substring(0, 4));
        checkIn.createGate();
        checkIn.createPairingCode();
        assertThat(checkIn.errorProperty().get()).isEqualTo("Name the kiosk first, such as \"Gate A tablet\".");
        checkIn.deviceNameProperty().set("Gate A tablet");
        checkIn.createPairingCode();

        assertThat(checkIn.errorProperty().get()).isEmpty();
        assertThat(checkIn.lists()).extracting(l -> l.name()).containsExactly("Main entrance");
        assertThat(checkIn.lists().getFirst().ticketTypeIds()).containsExactly(standing.id());
        assertThat(checkIn.gates()).extracting(g -> g.name()).anyMatch(name -> name.startsWith("North door"));
        assertThat(checkIn.pairingCodeProperty().get().code()).isNotBlank();
        assertThat(checkIn.pairingCodeProperty().get().deviceName()).isEqualTo("Gate A tablet");
    }
}
