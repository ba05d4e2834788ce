package dev.marquee.console;

import javafx.application.Application;

/**
 * Starts the organizer console. A main class that is not itself an {@link Application} lets the app run from a
 * plain class path, as {@code ./mvnw -pl organizer-console validate exec:exec} does, without JavaFX on the module path.
 */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }
}
