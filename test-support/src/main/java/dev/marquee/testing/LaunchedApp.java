package dev.marquee.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as {@code exec:exec} starts it: its launcher's {@code main} on a thread of its own, so JavaFX runs with its
 * defaults (implicit exit on) and the app quits exactly when it would for a person. {@link #isRunning()} turns false
 * once the launcher returns, that is once the app has quit.
 *
 * <p>JavaFX starts once per JVM, so the one test class using this runs in a JVM of its own: tagged {@value #TAG}, it
 * is left out of the module's ordinary test run and run in a fork of its own. The user preferences go to a fresh
 * directory, so the app starts as on a new machine and the person's own preferences stay untouched.
 */
public final class LaunchedApp {

    /** The JUnit tag of test classes that launch the app. */
    public static final String TAG = "launched-app";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Thread launcher;
    private final FxRobot robot = new FxRobot();

    private LaunchedApp(Thread launcher) {
        this.launcher = launcher;
    }

    /**
     * Starts the app through its launcher and waits until a window shows the node with the given id.
     *
     * @param launcher the app's {@code main}, as {@code exec:exec} calls it, such as {@code () -> BoxOfficeApp.main(new String[0])}
     */
    public static LaunchedApp start(Runnable launcher, String firstNodeQuery) {
        isolatePreferences();
        Thread thread = new Thread(launcher, "launcher");
        thread.start();
        LaunchedApp app = new LaunchedApp(thread);
        app.awaitShown(firstNodeQuery);
        return app;
    }

    public FxRobot robot() {
        return robot;
    }

    /** Whether the app is still running: the launcher has not returned. */
    public boolean isRunning() {
        return launcher.isAlive();
    }

    /** Waits until a showing window has a visible node matching the query, failing early should the app quit. */
    public <T extends Node> T awaitShown(String query) {
        return awaitNode(() -> robot.lookup(query).<T>tryQuery(), query);
    }

    /** Waits until a showing window has a visible node of this type, failing early should the app quit. */
    public <T extends Node> T awaitNode(Class<T> type) {
        Predicate<Node> ofType = type::isInstance;
        return awaitNode(() -> robot.lookup(ofType).tryQuery().map(type::cast), type.getSimpleName());
    }

    /**
     * Closes the window that shows the node, as a person would, and waits until the app has quit. Not through the
     * robot: it waits for JavaFX events afterwards, and there are none once JavaFX has exited.
     */
    public void closeAndAwaitQuit(Node inWindow) {
        Platform.runLater(() -> inWindow.getScene().getWindow().hide());
        await("the app quits").atMost(PATIENCE).until(() -> !isRunning());
    }

    private <T extends Node> T awaitNode(Supplier<Optional<T>> lookup, String what) {
        await("'" + what + "' on screen").atMost(PATIENCE).failFast("the app quit", () -> !isRunning())
                .until(() -> lookup.get().filter(Node::isVisible).filter(node -> node.getScene() != null).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return lookup.get().orElseThrow();
    }

    /** The JDK's file-based preferences read this property once, on first use, which in a fresh fork is the app's. */
    private static void isolatePreferences() {
        try {
            System.setProperty("java.util.prefs.userRoot", Files.createTempDirectory("prefs").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
