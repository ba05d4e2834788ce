package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.client.ConnectionState;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.testing.LaunchedApp;
import dev.marquee.testing.Screenshots;
import dev.marquee.testing.ServerUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The box office end to end, started through its launcher and driven by the keyboard in the real window on headless
 * Monocle, against the real server with its demo data started in this JVM: sign in and open a shift, sell two tickets
 * for cash with change while the availability drops live, refund one, close the shift with a Z report whose figures
 * add up, and close the window to quit.
 */
@Tag(LaunchedApp.TAG)
class BoxOfficeEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    private static ServerUnderTest server;

    @BeforeAll
    static void startServer() {
        server = ServerUnderTest.start(dataDir);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sellsForCashRefundsOneTicketClosesTheShiftAndQuits() {
        LaunchedApp app = LaunchedApp.start(() -> BoxOfficeApp.main(new String[0]), "#signIn");
        FxRobot robot = app.robot();

        // (1) Sign in as the box-office seller and open a shift with a float of 200.
        robot.interact(() -> {
            text(robot, "#serverUrl").setText(server.url().toString());
            text(robot, "#username").setText("boxoffice");
            text(robot, "#password").setText("marquee-demo");
        });
        robot.clickOn("#signIn");
        MainViewModel main = app.awaitNode(MainView.class).viewModel();
        awaitShown(robot, "#shiftView");
        robot.clickOn("#openingFloat").write("200").type(KeyCode.ENTER);
        awaitShown(robot, "#saleView");
        assertThat(robot.lookup("#seller").queryAs(Label.class).getText()).isEqualTo("boxoffice · Counter 1");
        await().atMost(PATIENCE).until(() -> main.connectionProperty().get() == ConnectionState.ONLINE);

        // (2) Choose the concert, type 2 Standing, take 100 in cash: change 22, and the availability drops live.
        ListView<EventView> events = robot.lookup("#events").queryListView();
        await().atMost(PATIENCE).until(() -> events.getItems().stream().anyMatch(e -> e.title().startsWith("The Lanterns")));
        robot.interact(() -> {
            events.getSelectionModel().select(events.getItems().stream().filter(e -> e.title().startsWith("The Lanterns")).findFirst()
                    .orElseThrow());
            events.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        TableView<TicketTypeRow> types = robot.lookup("#ticketTypes").queryTableView();
        await().atMost(PATIENCE).until(() -> types.getItems().size() == 3 && types.isFocused());
        assertThat(types.getItems().getFirst().name()).isEqualTo("Standing");
        int before = available(types, "Standing");

        robot.write("2");
        await().atMost(PATIENCE).until(() -> main.sale().cart().isReadyToPay());
        assertThat(label(robot, "#total").getText()).isEqualTo("Total €78.00");
        assertThat(label(robot, "#holdCountdown").getText()).matches("Held for (3:00|2:[0-5][0-9])");
        await().atMost(PATIENCE).until(() -> available(types, "Standing") == before - 2);
        screenshot(robot, "box-office-sale.png");

        robot.type(KeyCode.F4).write("100");
        assertThat(label(robot, "#changeDue").getText()).isEqualTo("Change €22.00");
        screenshot(robot, "box-office-cash-change.png");
        robot.type(KeyCode.ENTER);
        awaitShown(robot, "#receiptPane");
        assertThat(label(robot, "#receiptChange").getText()).isEqualTo("Change €22.00");
        String code = main.sale().payment().getReceipt().order().code();
        assertThat(label(robot, "#receiptTitle").getText()).isEqualTo("Sold · order " + code);
        // The sale's own availability push must not count the two tickets again.
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).until(() -> available(types, "Standing") == before - 2);

        // (3) Find the order by its code and refund one ticket.
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        awaitShown(robot, "#ordersView");
        await().atMost(PATIENCE).until(() -> text(robot, "#orderQuery").isFocused());
        robot.write(code).type(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> main.orders().getSelectedOrder() != null);
        ListView<OrderTicketView> tickets = robot.lookup("#orderTickets").queryListView();
        assertThat(tickets.getItems()).hasSize(2);
        robot.type(KeyCode.ENTER).type(KeyCode.F11);
        await().atMost(PATIENCE).until(() -> main.orders().getNotice().startsWith("Refunded one Standing ticket of " + code));
        OrderView refunded = main.orders().getSelectedOrder();
        assertThat(refunded.tickets()).extracting(OrderTicketView::status).containsExactlyInAnyOrder(TicketStatus.REVOKED, TicketStatus.VALID);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(available(types, "Standing")).isEqualTo(before - 1));

        // (4) Close the shift with 239 counted: 200 float + 78 sold − 39 refunded, no variance.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        awaitShown(robot, "#closeShiftView");
        await().atMost(PATIENCE).until(() -> text(robot, "#countedCash").isFocused());
        robot.write("239").type(KeyCode.ENTER);
        // The report's box is there before the report: wait for its first figure.
        awaitShown(robot, "#zFloat");
        assertThat(label(robot, "#zFloat").getText()).isEqualTo("€200.00");
        assertThat(label(robot, "#zCashSales").getText()).isEqualTo("€78.00");
        assertThat(label(robot, "#zCashRefunds").getText()).isEqualTo("−€39.00");
        assertThat(label(robot, "#zExpected").getText()).isEqualTo("€239.00");
        assertThat(label(robot, "#zCounted").getText()).isEqualTo("€239.00");
        assertThat(label(robot, "#zVariance").getText()).isEqualTo("€0.00");
        assertThat(label(robot, "#zNetCASH").getText()).isEqualTo("€39.00");
        assertThat(label(robot, "#seller").getText()).isEqualTo("boxoffice · no shift open");
        screenshot(robot, "box-office-z-report.png");

        // (5) Closing the window quits the app.
        app.closeAndAwaitQuit(label(robot, "#seller"));
    }

    private static int available(TableView<TicketTypeRow> types, String name) {
        return types.getItems().stream().filter(type -> type.name().equals(name)).findFirst().orElseThrow().getAvailable();
    }

    private static TextField text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static void awaitShown(FxRobot robot, String query) {
        await().atMost(PATIENCE).until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Only with {@code -Dbox-office.screenshots=<folder>}, for the documentation. */
    private void screenshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup("#mainView").query();
        Screenshots.folder("box-office.screenshots").ifPresent(folder -> Screenshots.save(root.getScene(), folder.resolve(name)));
    }
}
