package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.ConnectionState;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConnectionIndicatorTest {

    private final SimpleObjectProperty<ConnectionState> link = new SimpleObjectProperty<>(ConnectionState.OFFLINE);
    private ConnectionIndicator indicator;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(Theme.Mode.LIGHT));
        indicator = new ConnectionIndicator();
        indicator.stateProperty().bind(link);
        stage.setScene(new Scene(new StackPane(indicator), 240, 60));
        stage.show();
    }

    @Test
    void showsOfflineUntilTheLinkIsUp(FxRobot robot) {
        assertThat(shownText(robot)).isEqualTo("Offline");
        assertThat(statePseudoClasses()).containsExactly("offline");
    }

    @Test
    void showsOnlineOnceConnected(FxRobot robot) {
        robot.interact(() -> link.set(ConnectionState.ONLINE));

        assertThat(shownText(robot)).isEqualTo("Online");
        assertThat(statePseudoClasses()).containsExactly("online");
    }

    @Test
    void showsReconnectingWhileTheLinkIsDown(FxRobot robot) {
        robot.interact(() -> link.set(ConnectionState.ONLINE));
        robot.interact(() -> link.set(ConnectionState.RECONNECTING));

        assertThat(shownText(robot)).isEqualTo("Reconnecting…");
        assertThat(statePseudoClasses()).containsExactly("reconnecting");
        assertThat(indicator.getAccessibleText()).isEqualTo("Reconnecting…");
    }

    @Test
    void colorsTheDotDifferentlyForEachState(FxRobot robot) {
        Set<Paint> dotColors = new HashSet<>();
        for (ConnectionState state : ConnectionState.values()) {
            robot.interact(() -> link.set(state));
            robot.interact(() -> dotColors.add(dot(robot).getBackground().getFills().getFirst().getFill()));
        }

        assertThat(dotColors).hasSize(ConnectionState.values().length);
    }

    @Test
    void readsNoStateAsOffline(FxRobot robot) {
        robot.interact(() -> {
            indicator.stateProperty().unbind();
            indicator.setState(null);
        });

        assertThat(shownText(robot)).isEqualTo("Offline");
        assertThat(statePseudoClasses()).containsExactly("offline");
    }

    private String shownText(FxRobot robot) {
        return robot.from(indicator).lookup(".text").queryAs(Label.class).getText();
    }

    private Region dot(FxRobot robot) {
        return robot.from(indicator).lookup(".dot").queryAs(Region.class);
    }

    private Set<String> statePseudoClasses() {
        Set<String> states = new HashSet<>();
        for (PseudoClass pseudoClass : indicator.getPseudoClassStates()) {
            if (Set.of("online", "reconnecting", "offline").contains(pseudoClass.getPseudoClassName())) {
                states.add(pseudoClass.getPseudoClassName());
            }
        }
        return states;
    }
}
