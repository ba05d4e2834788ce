package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.ApiException;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
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
    private Label plain;
    private Stage stage;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(Theme.Mode.LIGHT));
        stage = primary;
        bound = ErrorPresenter.inlineLabel(message);
        plain = ErrorPresenter.inlineLabel();
        primary.setScene(new Scene(new VBox(bound, plain), 400, 200));
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

    @Test
    void showsAFailureInPlaceInPlainWords(FxRobot robot) {
        robot.interact(() -> ErrorPresenter.showInline(plain, new ConnectException("Connection refused: /10.0.0.5:8080")));

        assertThat(plain.isVisible()).isTrue();
        assertThat(plain.getText()).isEqualTo(ErrorPresenter.UNREACHABLE.detail());
        assertThat(plain.getPseudoClassStates()).contains(ERROR);

        robot.interact(() -> ErrorPresenter.showInline(plain, null));
        assertThat(plain.isVisible()).isFalse();
    }

    @Test
    void showsAFailureInADialog(FxRobot robot) {
        ApiException soldOut = new ApiException(409, URI.create("https://marquee.dev/problems/sold-out"), "Sold out",
                "No tickets of this type are left. Pick another type.", null, null);
        AtomicReference<Alert> alert = new AtomicReference<>();

        robot.interact(() -> {
            alert.set(ErrorPresenter.dialog(stage, soldOut));
            alert.get().show();
        });

        assertThat(alert.get().isShowing()).isTrue();
        assertThat(alert.get().getHeaderText()).isEqualTo("Sold out");
        assertThat(alert.get().getContentText()).isEqualTo("No tickets of this type are left. Pick another type.");
        robot.interact(() -> alert.get().close());
    }
}
