package dev.marquee.boxoffice;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Ticks the cart's hold countdown a few times a second while its screen shows, and not otherwise: a running timeline
 * is held by the toolkit, so one left running would tick, and keep the screen alive, after the screen was hidden or its
 * scene replaced. Coming back ticks at once, so a hold that ran out meanwhile says so before anything can be paid.
 */
final class HoldCountdown {

    static final Duration PERIOD = Duration.millis(250);

    private HoldCountdown() {
    }

    /**
     * @param screen the screen the countdown shows on; it ticks while the screen is visible in a showing window
     */
    static void tickWhileShowing(Node screen, Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(PERIOD, e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        ObservableValue<Boolean> windowShowing = screen.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false);
        // Fluent bindings, since they hold on to what they observe: the plain Bindings ones would be collected.
        ObservableValue<Boolean> hidden = new SimpleBooleanProperty(false);
        ObservableValue<Boolean> showing = screen.visibleProperty().flatMap(visible -> visible ? windowShowing : hidden);
        showing.subscribe(shows -> {
            if (shows) {
                tick.run();
                timeline.play();
            } else {
                timeline.stop();
            }
        });
    }
}
