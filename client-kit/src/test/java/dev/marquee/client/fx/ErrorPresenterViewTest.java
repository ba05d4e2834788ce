package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ErrorPresenterViewTest {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final SimpleStringProperty message = new SimpleStringProperty("");
    private Label bound;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(Theme.Mode.LIGHT));
        bound = ErrorPresenter.inlineLabel(message);
        primary.setScene(new Scene(new VBox(bound), 400, 200));
        primary.show();
    }

    @Test
    void showsAnInlineMessageOnlyWhileThereIsOne(FxRobot robot) {
        assertThat(bound.isVisible()).isFalse();
        assertThat(bound.isManaged()).isFalse();

        robot.interact(() -> message.set("Only 2 tickets are left."));
        assertThat(bound.isVisible()).isTrue();
        assertThat(bound.getPseudoClassStates()).contains(ERROR);

        robot.interact(() -> message.set(""));
        assertThat(bound.isVisible()).isFalse();
        assertThat(bound.getPseudoClassStates()).doesNotContain(ERROR);
    }
}
