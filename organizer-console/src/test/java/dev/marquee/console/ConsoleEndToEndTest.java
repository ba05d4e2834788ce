package dev.marquee.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.client.MarqueeClient;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.testing.LaunchedApp;
import dev.marquee.testing.Screenshots;
import dev.marquee.testing.ServerUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console as a person uses it, headless, against a real server: started through its launcher, signed in (after a
 * mistyped password), set up and publish an event, watch a box-office sale arrive on the dashboard, export the CSVs,
 * pair a kiosk, and close the window to quit. With {@code -Dconsole.screenshots=<dir>} it also saves screenshots of
 * the event editor and the dashboard.
 */
@Tag(LaunchedApp.TAG)
class ConsoleEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private MarqueeClient client;
    private LaunchedApp app;
    private FxRobot robot;
    private ConsoleWindow window;
    private Scene scene;

    @TempDir
    Path exports;

    @AfterEach
    void signOut() {
        client.close();
    }

    @Test
    void signsInSetsUpAnEventWatchesItSellExportsItPairsAKioskAndQuits() throws IOException {
        client = DemoAccounts.signIn("organizer");
        app = LaunchedApp.start(() -> ConsoleLauncher.main(new String[0]), "#signIn");
        robot = app.robot();
        signIn();

        String title = "Harbour Jazz Night " + UUID.randomUUID().toString().substring(0, 4);
        EventView event = createAndPublish(robot, title);
        screenshot("console-event-editor.png");

        watchASaleArrive(robot, event);
        screenshot("console-dashboard.png");

        exportCsv(robot, event);
        pairAKiosk(robot);

        app.closeAndAwaitQuit(window);
    }

    private void signIn() {
        robot.interact(() -> {
            text("#serverUrl").setText(ServerUnderTest.shared().url().toString());
            text("#username").setText("organizer");
            text("#password").setText("not-the-password");
        });
        robot.clickOn("#signIn");
        await().atMost(PATIENCE).until(() -> !robot.lookup("#loginError").queryAs(Label.class).getText().isBlank());
        assertThat(app.isRunning()).isTrue();

        robot.interact(() -> text("#password").setText("marquee-demo"));
        robot.clickOn("#signIn");
        window = app.awaitNode(ConsoleWindow.class);
        scene = window.getScene();
        assertThat(((Stage) scene.getWindow()).getTitle()).isEqualTo("Marquee organizer console — Harbour Lights Live");
    }

    private TextField text(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private EventView createAndPublish(FxRobot robot, String title) {
        await().atMost(PATIENCE).until(() -> !window.editor().venues().isEmpty());
        robot.clickOn("#newEvent");
        robot.clickOn("#eventTitle").write(title);
        robot.clickOn("#eventCategory").write("Jazz");
        robot.clickOn("#saveEvent");
        await().atMost(PATIENCE).until(() -> window.editor().eventProperty().get() != null);
        EventView draft = window.editor().eventProperty().get();
        assertThat(draft.timeZone()).isEqualTo("Europe/Berlin");

        robot.interact(() -> window.showTab("Ticket types"));
        robot.clickOn("#quotaName").write("Hall");
        robot.clickOn("#quotaCapacity").write("150");
        robot.clickOn("#saveQuota");
        await().atMost(PATIENCE).until(() -> window.ticketTypes().quotas().size() == 1);
        addTicketType(robot, "Standing", "39.00", "120");
        addTicketType(robot, "VIP", "89.00", "50");
        List<TicketTypeView> types = client.inventory().ticketTypes(draft.id());
        assertThat(types).extracting(TicketTypeView::name).containsExactlyInAnyOrder("Standing", "VIP");
        assertThat(types).allSatisfy(type -> assertThat(type.quotaIds()).hasSize(1));

        robot.interact(() -> window.showTab("Event"));
        robot.clickOn("#publishEvent");
        await().atMost(PATIENCE).until(() -> client.catalog().event(draft.id()).status() == EventStatus.PUBLISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#eventMessage").queryAs(Label.class).getText()).contains("Published");
        return client.catalog().event(draft.id());
    }

    private void addTicketType(FxRobot robot, String name, String price, String capacity) {
        int before = window.ticketTypes().types().size();
        robot.clickOn("#newType");
        robot.clickOn("#typeName").write(name);
        robot.clickOn("#typePrice").write(price);
        robot.clickOn("#typeCapacity").write(capacity);
        robot.clickOn("#quota-Hall");
        robot.clickOn("#saveType");
        await().atMost(PATIENCE).until(() -> window.ticketTypes().types().size() == before + 1);
    }

    private void watchASaleArrive(FxRobot robot, EventView event) {
        robot.interact(() -> window.showTab("Dashboard"));
        TicketTypeView standing = client.inventory().ticketTypes(event.id()).stream().filter(t -> t.name().equals("Standing")).findFirst().orElseThrow();

        BoxOfficeSale.sell(event.id(), standing.id(), 3, "Mia Muster");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(window.dashboard().errorProperty().get()).isEmpty();
            assertThat(robot.lookup("#soldLabel").queryAs(Label.class).getText()).isEqualTo("3 / 170");
            assertThat(robot.lookup("#revenueLabel").queryAs(Label.class).getText()).isEqualTo("EUR 117.00");
            assertThat(robot.lookup("#typeCount-Standing").queryAs(Label.class).getText()).startsWith("3 sold of 120");
        });
        assertThat(window.dashboard().salesPerMinute()).isNotEmpty();
    }

    private void exportCsv(FxRobot robot, EventView event) throws IOException {
        robot.interact(() -> window.showTab("Orders"));
        await().atMost(PATIENCE).until(() -> window.orders().orders().size() == 1);
        AtomicReference<Path> target = new AtomicReference<>();
        window.ordersView().setSaveFileChooser(name -> {
            target.set(exports.resolve(name));
            return Optional.of(target.get());
        });

        robot.clickOn("#exportOrders");
        await().atMost(PATIENCE).until(() -> target.get() != null && Files.exists(target.get()) && Files.size(target.get()) > 0);
        List<String> orders = Files.readAllLines(target.get(), StandardCharsets.UTF_8);
        assertThat(orders).hasSize(2);
        assertThat(orders.getFirst()).contains("order code");
        assertThat(orders.get(1)).contains("PAID").contains("Mia Muster");

        target.set(null);
        robot.clickOn("#exportAttendees");
        await().atMost(PATIENCE).until(() -> target.get() != null && Files.exists(target.get()) && Files.size(target.get()) > 0);
        List<String> attendees = Files.readAllLines(target.get(), StandardCharsets.UTF_8);
        assertThat(attendees).hasSize(4);
        assertThat(attendees.subList(1, 4)).allSatisfy(row -> assertThat(row).contains("Standing"));
        assertThat(target.get().getFileName().toString()).isEqualTo("attendees-" + event.id() + ".csv");
    }

    private void pairAKiosk(FxRobot robot) {
        robot.interact(() -> window.showTab("Check-in & kiosks"));
        robot.clickOn("#deviceName").write("Gate A tablet");
        robot.clickOn("#createPairingCode");
        await().atMost(PATIENCE).until(() -> !robot.lookup("#pairingCode").queryAs(Label.class).getText().isBlank());
        // The code's label and the QR code follow the same property, but not in the same instant.
        WaitForAsyncUtils.waitForFxEvents();
        String code = robot.lookup("#pairingCode").queryAs(Label.class).getText();
        assertThat(code).isEqualTo(window.checkIn().pairingCodeProperty().get().code());
        assertThat(robot.lookup("#pairingQr").query().isVisible()).isTrue();
    }

    private void screenshot(String name) {
        Optional<Path> folder = Screenshots.folder("console.screenshots");
        if (folder.isPresent()) {
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(scene, folder.get().resolve(name));
        }
    }
}
