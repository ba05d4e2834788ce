package dev.marquee.console;

import dev.marquee.client.ForbiddenException;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.AppPreferences;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.client.fx.LoginDialog;
import dev.marquee.client.fx.LoginViewModel;
import dev.marquee.client.fx.Session;
import dev.marquee.client.fx.Theme;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.model.auth.Role;
import dev.marquee.model.catalog.OrganizerView;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
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
    private MarqueeClient client;
    private LiveUpdates live;
    private ConsoleWindow window;

    @Override
    public void start(Stage stage) {
        Theme theme = Theme.forApp(APP_NAME, ConsoleApp.class.getResource("console.css"));
        theme.apply();
        tasks = BackgroundTasks.create();
        LoginViewModel login = new LoginViewModel((serverUrl, username, password) -> {
            MarqueeClient candidate = MarqueeClient.create(URI.create(serverUrl));
            LoginResponse response = candidate.login(username, password);
            if (!response.roles().contains(Role.ORGANIZER) && !response.roles().contains(Role.ADMIN)) {
                candidate.logout();
                throw new ForbiddenException(URI.create("about:blank"), "Not an organizer",
                        "This account cannot manage events. Sign in with an organizer's account.", Map.of());
            }
            client = candidate;
            return new Session(serverUrl, username, response.token(), response.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }, tasks, AppPreferences.forApp(APP_NAME), System.getProperty("marquee.server", "http://localhost:8080"));
        Optional<Session> session = new LoginDialog(null, login, "Organizer console — sign in").showAndWait();
        if (session.isEmpty() || client == null) {
            Platform.exit();
            return;
        }
        tasks.run(() -> client.organizers(), organizers -> open(stage, theme, organizers), failure -> {
            ErrorPresenter.dialog(null, failure).showAndWait();
            Platform.exit();
        });
    }

    private void open(Stage stage, Theme theme, List<OrganizerView> organizers) {
        LoginResponse who = client.session().orElseThrow();
        Optional<OrganizerView> organizer = organizers.stream().filter(o -> who.organizerIds().isEmpty() || who.organizerIds().contains(o.id()))
                .findFirst();
        if (organizer.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "This account belongs to no organizer yet. Ask an administrator to add you to one.");
            alert.setHeaderText("No organizer");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        OrganizerId organizerId = organizer.get().id();
        live = LiveUpdates.builder(client).build();
        live.start();
        window = new ConsoleWindow(new ConsoleContext(client, new ConsoleApi(client), tasks, organizerId), live, Clock.systemDefaultZone(),
                organizer.get().name());
        Scene scene = new Scene(window, 1360, 860);
        theme.style(scene);
        stage.setTitle("Marquee organizer console — " + organizer.get().name());
        stage.setScene(scene);
        stage.show();
        window.start();
        LOG.info("Signed in to {} for {}", client.baseUrl(), organizer.get().name());
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
            client.logout();
            client.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
