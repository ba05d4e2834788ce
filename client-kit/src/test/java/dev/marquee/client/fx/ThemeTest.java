package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    private final Preferences preferences = TestPreferences.fresh();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 100, 100);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreLightAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> Application.setUserAgentStylesheet(Theme.userAgentStylesheet(Theme.Mode.LIGHT)));
        TestPreferences.remove(preferences);
    }

    @Test
    void startsLightTheFirstTime(FxRobot robot) {
        Theme theme = new Theme(preferences, null);

        robot.interact(() -> theme.apply());

        assertThat(theme.getMode()).isEqualTo(Theme.Mode.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void remembersTheChosenModeForTheNextRun(FxRobot robot) {
        robot.interact(() -> new Theme(preferences, null).apply(Theme.Mode.DARK));

        Theme nextRun = new Theme(preferences, null);
        robot.interact(() -> nextRun.apply());

        assertThat(nextRun.getMode()).isEqualTo(Theme.Mode.DARK);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
    }

    @Test
    void togglesBetweenLightAndDark(FxRobot robot) {
        Theme theme = new Theme(preferences, null);

        robot.interact(theme::toggle);
        assertThat(theme.getMode()).isEqualTo(Theme.Mode.DARK);
        robot.interact(theme::toggle);
        assertThat(theme.getMode()).isEqualTo(Theme.Mode.LIGHT);
        assertThat(preferences.get(Theme.MODE_KEY, null)).isEqualTo("LIGHT");
    }

    @Test
    void ignoresAModeItDoesNotKnow() {
        preferences.put(Theme.MODE_KEY, "SEPIA");

        assertThat(new Theme(preferences, null).getMode()).isEqualTo(Theme.Mode.LIGHT);
    }

    @Test
    void addsTheSharedAndTheAppStylesheetToASceneOnce(FxRobot robot) {
        URL appStylesheet = ThemeTest.class.getResource("marquee.css");
        Theme theme = new Theme(preferences, appStylesheet);

        robot.interact(() -> {
            theme.style(scene);
            theme.style(scene);
        });

        assertThat(scene.getStylesheets()).containsExactly(Theme.sharedStylesheet());
    }
}
