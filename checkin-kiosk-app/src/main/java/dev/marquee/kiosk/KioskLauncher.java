package dev.marquee.kiosk;

import javafx.application.Application;

/**
 * Starts the kiosk. A main class that is not itself an {@link Application} lets the app run from a plain class
 * path, as {@code ./mvnw -pl checkin-kiosk-app validate exec:exec} does, without JavaFX on the module path.
 */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(KioskApp.class, args);
    }
}
