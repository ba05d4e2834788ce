package dev.marquee.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.kiosk.support.Organizer;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.testing.LaunchedApp;
import dev.marquee.testing.ServerUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The kiosk as gate staff use it, headless, against the real server: started through its launcher, paired with a code
 * the organizer made (after a mistyped one), the demo concert's "Main entrance" list chosen, a sold ticket scanned and
 * admitted, and the window closed to quit.
 */
@Tag(LaunchedApp.TAG)
class KioskAppTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void pairsChoosesTheListAdmitsATicketAndQuits() {
        try (ServerUnderTest server = ServerUnderTest.start(temp.resolve("server"))) {
            Organizer organizer = new Organizer(server.url());
            Organizer.Sold ticket = organizer.sellStanding(1).getFirst();
            System.setProperty("marquee.kiosk.data", temp.resolve("kiosk").toString());
            LaunchedApp app = LaunchedApp.start(() -> KioskLauncher.main(new String[0]), "#code");
            FxRobot robot = app.robot();

            // (1) Pair: a wrong code says why and lets the person try again.
            robot.interact(() -> robot.lookup("#server").queryAs(TextField.class).setText(server.url().toString()));
            robot.clickOn("#code").write("WRONG-CODE");
            robot.clickOn("#pair");
            await().atMost(PATIENCE).until(() -> robot.lookup(".error-text").queryAs(Label.class).getText().startsWith("Pairing failed"));
            String code = organizer.pairingCode("North door");
            robot.interact(() -> robot.lookup("#code").queryAs(TextField.class).setText(code));
            robot.clickOn("#pair");

            // (2) Choose the concert, then its list; the first sync opens the scanning view.
            ListView<EventView> events = app.awaitShown("#events");
            await().atMost(PATIENCE).until(() -> events.getItems().stream().anyMatch(e -> e.title().startsWith("The Lanterns")));
            robot.interact(() -> events.getSelectionModel().select(
                    events.getItems().stream().filter(e -> e.title().startsWith("The Lanterns")).findFirst().orElseThrow()));
            ListView<CheckInListView> lists = robot.lookup("#lists").queryListView();
            await().atMost(PATIENCE).until(() -> lists.getItems().stream().anyMatch(l -> l.name().equals("Main entrance")));
            robot.interact(() -> lists.getSelectionModel().select(
                    lists.getItems().stream().filter(l -> l.name().equals("Main entrance")).findFirst().orElseThrow()));
            app.awaitShown("#verdict");
            await().atMost(PATIENCE).until(() -> label(robot, "#connection").equals("ONLINE"));

            // (3) The scanner types the code and Enter.
            robot.write(ticket.qrText() + "\n");
            await().atMost(PATIENCE).until(() -> label(robot, "#headline").equals("ADMITTED"));
            assertThat(label(robot, "#holder")).isEqualTo("Mia Muster · Standing");

            app.closeAndAwaitQuit(robot.lookup("#verdict").query());
        }
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
