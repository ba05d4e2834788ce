package dev.marquee.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketTypesViewModelTest {

    private static MarqueeClient client;
    private static ConsoleContext context;
    private EventView event;
    private TicketTypesViewModel viewModel;

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

    @BeforeEach
    void draftEvent() {
        LocalDateTime starts = LocalDateTime.now().plusDays(30).withHour(20).withMinute(0).withSecond(0).withNano(0);
        event = client.catalog().createEvent(new EventRequest(client.catalog().venues().getFirst().id(), "Types " + UUID.randomUUID(), null, null, starts,
                starts.plusHours(3), null, null));
        viewModel = new TicketTypesViewModel(context);
        viewModel.open(event);
    }

    @Test
    void createsTwoTicketTypesSharingAQuota() {
        QuotaView hall = createQuota("Hall", "150");
        createType("Standing", "39.00", "120");
        createType("VIP", "89.00", "50");

        assertThat(viewModel.types()).extracting(TicketTypeView::name).containsExactly("Standing", "VIP");
        assertThat(viewModel.types()).allSatisfy(type -> assertThat(type.quotaIds()).containsExactly(hall.id()));
        assertThat(viewModel.types().getFirst().price()).isEqualTo(Money.parse("39.00", "EUR"));
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void refusesCapacityBelowWhatIsSoldBeforeAskingTheServer() {
        createType("Standing", "20.00", "10");
        client.catalog().publishEvent(event.id());
        BoxOfficeSale.sell(event.id(), viewModel.types().getFirst().id(), 4, "Ada Early");
        viewModel.refresh();
        viewModel.selectedTypeProperty().set(viewModel.types().getFirst());

        viewModel.capacityProperty().set("3");
        viewModel.saveType();

        assertThat(viewModel.errorProperty().get()).isEqualTo("4 tickets are already sold or held (4 sold, 0 held), so the capacity cannot go below 4.");
        assertThat(client.inventory().ticketTypes(event.id()).getFirst().capacity()).isEqualTo(10);
    }

    @Test
    void showsTheServersRefusalWhenTheFormIsOutOfDate() {
        createType("Standing", "20.00", "10");
        client.catalog().publishEvent(event.id());
        TicketTypeView before = viewModel.types().getFirst();
        viewModel.selectedTypeProperty().set(before);
        BoxOfficeSale.sell(event.id(), before.id(), 5, "Ben Between");

        viewModel.capacityProperty().set("2");
        viewModel.saveType();

        assertThat(viewModel.errorProperty().get()).startsWith("The server refused: ").contains("5");
        assertThat(client.inventory().ticketTypes(event.id()).getFirst().capacity()).isEqualTo(10);
    }

    @Test
    void explainsAnUnreadablePrice() {
        viewModel.nameProperty().set("Standing");
        viewModel.priceProperty().set("cheap");
        viewModel.capacityProperty().set("10");

        viewModel.saveType();

        assertThat(viewModel.errorProperty().get()).contains("Write the price as an amount");
        assertThat(viewModel.types()).isEmpty();
    }

    private QuotaView createQuota(String name, String capacity) {
        viewModel.newQuota();
        viewModel.quotaNameProperty().set(name);
        viewModel.quotaCapacityProperty().set(capacity);
        viewModel.saveQuota();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        return viewModel.quotas().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private void createType(String name, String price, String capacity) {
        viewModel.newType();
        viewModel.nameProperty().set(name);
        viewModel.priceProperty().set(price);
        viewModel.capacityProperty().set(capacity);
        viewModel.visibilityProperty().set(Visibility.PUBLIC);
        viewModel.typeQuotas().addAll(viewModel.quotas().stream().map(QuotaView::id).toList());
        viewModel.saveType();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }
}
