package dev.marquee.client.fx;

import dev.marquee.client.ConnectionState;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The default look of a {@link ConnectionIndicator}: a round {@code .dot} region and a {@code .text} label in a
 * {@code .row}.
 * The dot pulses while reconnecting, so a glance tells "trying" from "down".
 */
public class ConnectionIndicatorSkin extends SkinBase<ConnectionIndicator> {

    private final HBox row;
    private final Region dot = new Region();
    private final Label label = new Label();
    private final FadeTransition pulse = new FadeTransition(Duration.millis(700), dot);

    /**
     * @param control the indicator this skin draws
     */
    public ConnectionIndicatorSkin(ConnectionIndicator control) {
        super(control);
        dot.getStyleClass().add("dot");
        label.getStyleClass().add("text");
        label.textProperty().bind(control.textProperty());

        row = new HBox(dot, label);
        row.getStyleClass().add("row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(row);

        pulse.setFromValue(1.0);
        pulse.setToValue(0.3);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
        registerChangeListener(control.stateProperty(), observable -> pulseWhileReconnecting());
        pulseWhileReconnecting();
    }

    @Override
    public void dispose() {
        pulse.stop();
        label.textProperty().unbind();
        super.dispose();
    }

    private void pulseWhileReconnecting() {
        if (getSkinnable().getState() == ConnectionState.RECONNECTING) {
            pulse.play();
        } else {
            pulse.stop();
            dot.setOpacity(1.0);
        }
    }
}
