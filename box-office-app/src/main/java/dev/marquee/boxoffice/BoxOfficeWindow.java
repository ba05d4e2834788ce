package dev.marquee.boxoffice;

import dev.marquee.client.ApiException;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.LoginDialog;
import dev.marquee.client.fx.LoginViewModel;
import dev.marquee.client.fx.Session;
import dev.marquee.client.fx.Theme;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.OrderId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.model.auth.Role;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The box office's main window and what it runs on: sign-in, then the REST client, the live updates and the screens
 * of the signed-in seller. {@link #close()} releases a kept hold, ends the live updates and logs out.
 */
public final class BoxOfficeWindow implements AutoCloseable {

    /** The server address offered the first time; the last one used is remembered. */
    public static final String DEFAULT_SERVER_URL = "http://localhost:8080";
    /** Where the drawer's currency is remembered. */
    public static final String CURRENCY_KEY = "currency";

    private static final Logger LOG = LoggerFactory.getLogger(BoxOfficeWindow.class);
    private static final Set<Role> SELLERS = Set.of(Role.BOX_OFFICE, Role.ORGANIZER, Role.ADMIN);

    private final Stage stage;
    private final Preferences preferences;
    private final Consumer<Path> opener;
    private final Clock clock;
    private final Theme theme;
    private final BackgroundTasks tasks = BackgroundTasks.create();
    private volatile MarqueeClient client;
    private LiveUpdates live;
    private MainViewModel main;

    /**
     * @param preferences where the server address, user name, till and theme are remembered
     * @param opener      shows a saved PDF, such as through the desktop
     */
    public BoxOfficeWindow(Stage stage, Preferences preferences, Consumer<Path> opener, Clock clock) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.theme = new Theme(preferences, BoxOfficeWindow.class.getResource("box-office.css"));
    }

    /** Shows the window and asks the seller to sign in. */
    public void show() {
        theme.apply();
        Label waiting = new Label("Sign in to start selling.");
        Scene scene = new Scene(new StackPane(waiting), 1280, 800);
        theme.style(scene);
        stage.setTitle("Marquee box office");
        stage.setScene(scene);
        stage.show();

        LoginViewModel login = new LoginViewModel(this::login, tasks, preferences, DEFAULT_SERVER_URL);
        LoginDialog dialog = new LoginDialog(stage, login, "Box office — sign in");
        login.sessionProperty().addListener((observable, before, session) -> {
            if (session != null) {
                startSelling(session);
            }
        });
        // Cancelling the sign-in leaves nothing to do at the counter.
        dialog.stage().setOnHidden(e -> {
            if (login.getSession() == null) {
                stage.close();
            }
        });
        dialog.show();
    }

    private Session login(String serverUrl, String username, String password) {
        MarqueeClient candidate = MarqueeClient.create(URI.create(serverUrl));
        LoginResponse response = candidate.login(username, password);
        if (response.roles().stream().noneMatch(SELLERS::contains)) {
            candidate.logout();
            candidate.close();
            throw new ApiException(403, ProblemTypes.FORBIDDEN, "Not a seller",
                    "This account cannot sell tickets. Sign in with a box-office account.", Map.of(), null);
        }
        client = candidate;
        return new Session(serverUrl, username, response.token(),
                response.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private void startSelling(Session session) {
        MarqueeClient signedIn = client;
        live = LiveUpdates.builder(signedIn).build();
        BoxOfficeServer server = new RestBoxOfficeServer(signedIn, live, clock);
        boolean mayGiveAway = session.hasRole(Role.ORGANIZER.name()) || session.hasRole(Role.ADMIN.name());

        ShiftViewModel shift = new ShiftViewModel(server, tasks, preferences, preferences.get(CURRENCY_KEY, "EUR"));
        SaleViewModel sale = new SaleViewModel(server, tasks, Platform::runLater, clock, mayGiveAway);
        OrdersViewModel orders = new OrdersViewModel(server, tasks);
        CloseShiftViewModel closeShift = new CloseShiftViewModel(server, tasks, shift);
        main = new MainViewModel(session.username(), shift, sale, orders, closeShift);
        live.addStateListener(state -> Platform.runLater(() -> main.connectionProperty().set(state)));
        live.start();

        TicketPrinting printing = new TicketPrinting(server, tasks, opener);
        MainView view = new MainView(main, new ShiftView(shift, main),
                new SaleView(sale, printing, receipt -> saveTickets(printing, receipt.order().id(), receipt.order().code())),
                new OrdersView(orders, printing, order -> saveTickets(printing, order.id(), order.code())),
                new CloseShiftView(closeShift, shift, main, printing));
        Scene scene = new Scene(view, stage.getScene().getWidth(), stage.getScene().getHeight());
        theme.style(scene);
        stage.setScene(scene);
        shift.findOpenShift();
    }

    private void saveTickets(TicketPrinting printing, OrderId order, String code) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the tickets as PDF");
        chooser.setInitialFileName("tickets-" + code + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            printing.save(order, file.toPath());
        }
    }

    @Override
    public void close() {
        if (main != null) {
            main.sale().dispose();
        }
        if (live != null) {
            live.close();
        }
        MarqueeClient signedIn = client;
        if (signedIn != null) {
            try {
                signedIn.logout();
            } catch (ApiException e) {
                LOG.debug("Could not log out on the server", e);
            }
            signedIn.close();
        }
        tasks.close();
    }
}
