package dev.marquee.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.Theme;
import dev.marquee.kiosk.engine.KioskStatus;
import dev.marquee.kiosk.engine.ScanOutcome;
import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.Verdict;
import dev.marquee.testing.Screenshots;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real scanning view, headless: the verdict states and the offline badge; also writes the README screenshots. */
@ExtendWith(ApplicationExtension.class)
class ScanViewTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private ScanViewModel model;
    private Scene scene;
    private ScanOutcome next;

    @Start
    void start(Stage stage) {
        model = new ScanViewModel((code, at) -> next, BackgroundTasks.sameThread(), ok -> { }, Instant::now, Duration.ofMinutes(5));
        ScanView view = new ScanView(model, message -> { });
        scene = new Scene(new javafx.scene.layout.StackPane(view.root()), 1280, 800);
        new Theme(Preferences.userRoot().node("marquee-kiosk-test"), KioskApp.class.getResource("kiosk.css")).style(scene);
        stage.setScene(scene);
        stage.show();
        model.showStatus(new KioskStatus(true, "Main entrance", true, Instant.now().minusSeconds(2), 800, 312, 0));
    }

    @Test
    void showsAdmittedRejectedAndOffline(FxRobot robot) {
        next = new ScanOutcome(UUID.randomUUID(), Verdict.ADMITTED, null, "Mia Muster", "Standing", null, null, false);
        robot.write("MQ1:GENUINE\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#headline")).isEqualTo("ADMITTED");
        assertThat(text(robot, "#holder")).isEqualTo("Mia Muster · Standing");
        assertThat(has(robot, "#verdict", "admitted")).isTrue();
        snapshot("kiosk-admitted.png");

        next = new ScanOutcome(UUID.randomUUID(), Verdict.REJECTED, RejectReason.REVOKED, "Mia Muster", "Standing", null, null, false);
        robot.interact(() -> model.submit("MQ1:REFUNDED"));
        assertThat(text(robot, "#headline")).isEqualTo("Ticket revoked or replaced");
        assertThat(has(robot, "#verdict", "rejected")).isTrue();
        assertThat(has(robot, "#verdict", "admitted")).isFalse();
        snapshot("kiosk-rejected.png");

        next = new ScanOutcome(UUID.randomUUID(), Verdict.ADMITTED, null, "Jonas Weber", "Standing", null, null, true);
        robot.interact(() -> {
            model.showStatus(new KioskStatus(true, "Main entrance", false, Instant.now().minusSeconds(47), 800, 313, 3));
            model.submit("MQ1:OFFLINE");
        });
        assertThat(text(robot, "#connection")).isEqualTo("OFFLINE");
        assertThat(has(robot, "#connection", "offline")).isTrue();
        assertThat(text(robot, "#detail")).isEqualTo("Decided offline");
        assertThat(text(robot, "#data-age")).isEqualTo("Data 47 s old");
        snapshot("kiosk-offline.png");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean has(FxRobot robot, String query, String pseudoClass) {
        Node node = robot.lookup(query).query();
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private void snapshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, SCREENSHOTS.resolve(name));
    }
}
