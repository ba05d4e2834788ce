package dev.marquee.console;

import dev.marquee.client.ApiException;
import dev.marquee.client.ForbiddenException;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.AppPreferences;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.LoginView;
import dev.marquee.client.fx.LoginViewModel;
import dev.marquee.client.fx.Session;
import dev.marquee.client.fx.Theme;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.model.auth.Role;
import dev.marquee.model.catalog.OrganizerView;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organizer console: sign in, then set up events and ticket types, and watch sales and entry live.
 * The server address defaults to {@code http://localhost:8080} (system property {@code marquee.server} to change).
 */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private static final String APP_NAME = "organizer-console";

    private BackgroundTasks tasks;
    private volatile MarqueeClient client;
    private LiveUpdates live;
    private volatile OrganizerView organizer;
    private ConsoleWindow window;

    @Override
    public void start(Stage stage) {
        Theme theme = Theme.forApp(APP_NAME, ConsoleApp.class.getResource("console.css"));
        theme.apply();
        tasks = BackgroundTasks.create();
        LoginViewModel login = new LoginViewModel(this::signIn, tasks, AppPreferences.forApp(APP_NAME),
                System.getProperty("marquee.server", "http://localhost:8080"));
        // The sign-in form is the main window's first content, not a window of its own: closing a separate dialog
        // would close the app's last window, and JavaFX would quit before the console opened.
        LoginView form = new LoginView(login, "Organizer console — sign in");
        form.setOnCancel(Platform::exit);
        form.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        login.sessionProperty().addListener((observable, before, session) -> {
            if (session != null) {
                open(stage, theme);
            }
        });
        Scene scene = new Scene(new StackPane(form), 1360, 860);
        theme.style(scene);
        stage.setTitle("Marquee organizer console — sign in");
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Runs off the JavaFX thread. Everything the console needs before it can open is checked here, so that a refusal
     * shows on the sign-in form and the person can try again.
     */
    private Session signIn(String serverUrl, String username, String password) {
        // An event's CSV export takes longer to produce than a page of events.
        MarqueeClient candidate = MarqueeClient.builder(URI.create(serverUrl)).readTimeout(Duration.ofSeconds(30)).build();
        try {
            LoginResponse response = candidate.login(username, password);
            if (!response.roles().contains(Role.ORGANIZER) && !response.roles().contains(Role.ADMIN)) {
                throw new ForbiddenException(URI.create("about:blank"), "Not an organizer",
                        "This account cannot manage events. Sign in with an organizer's account.", Map.of());
            }
            organizer = candidate.catalog().organizers().stream()
                    .filter(o -> response.organizerIds().isEmpty() || response.organizerIds().contains(o.id()))
                    .findFirst()
                    .orElseThrow(() -> new ForbiddenException(URI.create("about:blank"), "No organizer",
                            "This account belongs to no organizer yet. Ask an administrator to add you to one.", Map.of()));
            client = candidate;
            return new Session(serverUrl, username, response.token(), response.roles().stream().map(Role::name).collect(Collectors.toSet()));
        } catch (RuntimeException refused) {
            signOut(candidate);
            throw refused;
        }
    }

    private void open(Stage stage, Theme theme) {
        live = LiveUpdates.builder(client).build();
        live.start();
        window = new ConsoleWindow(new ConsoleContext(client, tasks, organizer.id()), live, Clock.systemDefaultZone(),
                organizer.name());
        Scene scene = new Scene(window, stage.getScene().getWidth(), stage.getScene().getHeight());
        theme.style(scene);
        stage.setTitle("Marquee organizer console — " + organizer.name());
        stage.setScene(scene);
        window.start();
        LOG.info("Signed in to {} for {}", client.baseUrl(), organizer.name());
    }

    private static void signOut(MarqueeClient signedIn) {
        try {
            signedIn.logout();
        } catch (ApiException e) {
            LOG.debug("Could not log out on the server", e);
        } finally {
            signedIn.close();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (live != null) {
            live.close();
        }
        if (client != null) {
            signOut(client);
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
