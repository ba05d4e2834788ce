package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QrCodeViewTest {

    private static final String TICKET_TOKEN = "MQ1.tk_8f3a2c71-5e0b-4d8e-9a61-2b7c0f4e9d13.ev_42.GA.1.sig_Zm9vYmFyYmF6cXV4";

    private QrCodeView qr;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(Theme.Mode.DARK));
        qr = new QrCodeView(TICKET_TOKEN);
        stage.setScene(new Scene(new StackPane(qr), 300, 300));
        stage.show();
    }

    @Test
    void showsACodeThatScansBackToTheSameText(FxRobot robot) throws Exception {
        assertThat(QrCodes.decode(snapshot(robot))).isEqualTo(TICKET_TOKEN);
    }

    @Test
    void redrawsWhenTheTextChanges(FxRobot robot) throws Exception {
        robot.interact(() -> qr.setText("https://tickets.example.org/t/ünïcødé-✓"));

        assertThat(QrCodes.decode(snapshot(robot))).isEqualTo("https://tickets.example.org/t/ünïcødé-✓");
    }

    @Test
    void fillsTheLargestSquareThatFits(FxRobot robot) {
        robot.interact(() -> qr.getScene().getWindow().setWidth(420));
        robot.interact(() -> qr.getScene().getWindow().setHeight(260));

        Image shown = shownImage(robot);
        assertThat(shown.getWidth()).isEqualTo(shown.getHeight()).isEqualTo(qr.getHeight());
    }

    @Test
    void showsNothingForAnEmptyText(FxRobot robot) {
        robot.interact(() -> qr.setText(""));

        assertThat(shownImage(robot)).isNull();
    }

    @Test
    void showsNothingRatherThanFailingForATextTooLongForACode(FxRobot robot) {
        robot.interact(() -> qr.setText("x".repeat(5000)));

        assertThat(shownImage(robot)).isNull();
    }

    @Test
    void drawsModulesInWholePixelsSoEdgesStaySharp() throws Exception {
        Image image = QrCodeView.toImage(TICKET_TOKEN, 333);

        assertThat(image.getWidth()).isEqualTo(333);
        assertThat(Arrays.stream(QrCodes.argbPixels(image)).distinct().sorted().toArray()).containsExactly(0xFF000000, 0xFFFFFFFF);
        assertThat(QrCodes.decode(image)).isEqualTo(TICKET_TOKEN);
    }

    @Test
    void keepsAQuietZoneOfFourModulesAroundTheCode() {
        int modules = QrCodeView.encode(TICKET_TOKEN).getWidth();
        int modulePx = 5;
        Image image = QrCodeView.toImage(TICKET_TOKEN, modules * modulePx);
        int[] pixels = QrCodes.argbPixels(image);
        int side = (int) image.getWidth();

        int firstDark = 0;
        while (pixels[firstDark * side + firstDark] != 0xFF000000) {
            firstDark++;
        }
        assertThat(firstDark).isEqualTo(QrCodeView.QUIET_ZONE_MODULES * modulePx);
    }

    @Test
    void refusesATextTooLongForAQrCode() {
        assertThatThrownBy(() -> QrCodeView.toImage("x".repeat(5000), 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit");
    }

    private Image snapshot(FxRobot robot) {
        AtomicReference<Image> snapshot = new AtomicReference<>();
        robot.interact(() -> snapshot.set(qr.snapshot(null, null)));
        return snapshot.get();
    }

    private Image shownImage(FxRobot robot) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(robot.from(qr).lookup(".image").queryAs(ImageView.class).getImage()));
        return image.get();
    }
}
