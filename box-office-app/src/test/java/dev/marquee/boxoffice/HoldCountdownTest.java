package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HoldCountdownTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final AtomicInteger ticks = new AtomicInteger();
    private final Region screen = new Region();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        HoldCountdown.tickWhileShowing(screen, ticks::incrementAndGet);
        stage.setScene(new Scene(new StackPane(screen), 200, 100));
        stage.show();
    }

    @Test
    void ticksWhileTheScreenShows() {
        int before = ticks.get();

        await().atMost(PATIENCE).until(() -> ticks.get() >= before + 2);
    }

    @Test
    void stopsWhenTheScreenIsHiddenAndTicksAtOnceWhenItComesBack(FxRobot robot) {
        robot.interact(() -> screen.setVisible(false));

        assertNoTicksForAFewPeriods(robot);
        int hidden = ticks.get();
        robot.interact(() -> screen.setVisible(true));
        assertThat(ticks.get()).isEqualTo(hidden + 1);
    }

    @Test
    void stopsWhenTheScreensSceneIsReplaced(FxRobot robot) {
        robot.interact(() -> stage.setScene(new Scene(new StackPane(), 200, 100)));

        assertNoTicksForAFewPeriods(robot);
    }

    /** Runs a probe on the same clock for three of the countdown's periods and checks that the countdown stayed still. */
    private void assertNoTicksForAFewPeriods(FxRobot robot) {
        int before = ticks.get();
        AtomicInteger probe = new AtomicInteger();
        Timeline probing = new Timeline(new KeyFrame(HoldCountdown.PERIOD, e -> probe.incrementAndGet()));
        probing.setCycleCount(Animation.INDEFINITE);
        robot.interact(probing::play);
        try {
            await().atMost(PATIENCE).until(() -> probe.get() >= 3);
        } finally {
            robot.interact(probing::stop);
        }
        assertThat(ticks.get()).isEqualTo(before);
    }
}
