package dev.marquee.console;

import dev.marquee.client.fx.ConnectionIndicator;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.catalog.EventView;
import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The console's main window content: the events on the left, and for the chosen event its details, ticket types,
 * live dashboard, orders and check-in setup; the organizer's staff in a tab of their own.
 */
public final class ConsoleWindow extends BorderPane {

    private final EventListViewModel events;
    private final EventEditorViewModel editor;
    private final TicketTypesViewModel ticketTypes;
    private final DashboardViewModel dashboard;
    private final OrdersViewModel orders;
    private final CheckInSetupViewModel checkIn;
    private final StaffViewModel staff;
    private final OrdersView ordersView;
    private final TabPane tabs = new TabPane();

    public ConsoleWindow(ConsoleContext context, LiveUpdates live, Clock clock, String organizerName) {
        getStyleClass().add("console-window");
        events = new EventListViewModel(context);
        editor = new EventEditorViewModel(context, clock, events::show);
        ticketTypes = new TicketTypesViewModel(context);
        dashboard = new DashboardViewModel(context, live, Platform::runLater);
        orders = new OrdersViewModel(context);
        checkIn = new CheckInSetupViewModel(context);
        staff = new StaffViewModel(context);
        ordersView = new OrdersView(orders);

        Label title = new Label("Marquee organizer console · " + organizerName);
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(context.tasks().busyProperty());
        ConnectionIndicator connection = new ConnectionIndicator(live.state());
        live.addStateListener(state -> Platform.runLater(() -> connection.setState(state)));
        HBox top = new HBox(12, title, spacer, busy, connection);
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(8, 12, 8, 12));
        setTop(top);

        EventListView list = new EventListView(events, this::newEvent);
        list.setPrefWidth(300);
        list.setPadding(new Insets(8));
        setLeft(list);

        tabs.setId("consoleTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Event", scrolled(new EventEditorView(editor))),
                tab("Ticket types", new TicketTypesView(ticketTypes)),
                tab("Dashboard", scrolled(new DashboardView(dashboard))),
                tab("Orders", ordersView),
                tab("Check-in & kiosks", new CheckInView(checkIn)),
                tab("Staff", new StaffView(staff)));
        setCenter(tabs);

        events.selectedProperty().addListener((observable, before, after) -> {
            if (after != null && (before == null || !before.id().equals(after.id()))) {
                open(after);
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            // Tabs show what is current when they are opened, not what was current when the event was chosen.
            String shown = after == null ? "" : after.getText();
            if ("Staff".equals(shown)) {
                staff.load();
            } else if ("Orders".equals(shown) && orders.eventId() != null) {
                orders.search();
            } else if (shown.startsWith("Check-in")) {
                checkIn.refresh();
            }
        });
    }

    /** Loads what the window shows first. */
    public void start() {
        editor.loadVenues();
        events.load();
        checkIn.open(null);
        editor.startNew();
    }

    /** Stops following the shown event live. */
    public void stop() {
        dashboard.close();
    }

    /** Shows the tab with this title. */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(title)).findFirst().ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    private void open(EventView event) {
        editor.edit(event);
        ticketTypes.open(event);
        dashboard.open(event.id());
        orders.open(event.id());
        checkIn.open(event.id());
    }

    private void newEvent() {
        events.selectedProperty().set(null);
        editor.startNew();
        ticketTypes.open(null);
        dashboard.close();
        orders.open(null);
        showTab("Event");
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.split(" ")[0].toLowerCase());
        if (content instanceof Region region) {
            region.setPadding(new Insets(12));
        }
        return tab;
    }

    private static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    public EventListViewModel events() {
        return events;
    }

    public EventEditorViewModel editor() {
        return editor;
    }

    public TicketTypesViewModel ticketTypes() {
        return ticketTypes;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public OrdersViewModel orders() {
        return orders;
    }

    public OrdersView ordersView() {
        return ordersView;
    }

    public CheckInSetupViewModel checkIn() {
        return checkIn;
    }
}
