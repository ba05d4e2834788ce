package dev.marquee.boxoffice;

import dev.marquee.client.fx.AppPreferences;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application of the box office; {@link BoxOfficeApp} starts it. */
public final class BoxOfficeApplication extends Application {

    private BoxOfficeWindow window;

    @Override
    public void start(Stage stage) {
        window = new BoxOfficeWindow(stage, AppPreferences.forApp("box-office"),
                pdf -> getHostServices().showDocument(pdf.toUri().toString()), Clock.systemDefaultZone());
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
