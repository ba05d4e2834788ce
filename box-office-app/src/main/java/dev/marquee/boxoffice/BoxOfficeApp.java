package dev.marquee.boxoffice;

import javafx.application.Application;

/**
 * Starts the box office. A main class that is not itself an {@link Application} lets the app run from a plain class
 * path, as {@code ./mvnw -pl box-office-app exec:exec} does, without JavaFX on the module path.
 */
public final class BoxOfficeApp {

    private BoxOfficeApp() {
    }

    public static void main(String[] args) {
        Application.launch(BoxOfficeApplication.class, args);
    }
}
