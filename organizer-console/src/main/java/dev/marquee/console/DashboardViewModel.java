package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.model.reporting.SalesSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One event live: tickets sold against capacity per type, revenue, sales over time, entry progress per gate and over
 * time, and duplicate-entry alerts. It loads the reports once and then follows the server's pushes: availability
 * updates the per-type counts at once; a sale or a check-in reloads the report it changes.
 */
public final class DashboardViewModel {

    /** One ticket type's row. */
    public record TypeRow(String name, int sold, int held, int capacity) {

        /** Sold as a fraction of capacity, 0 to 1. */
        public double progress() {
            return capacity == 0 ? 0 : Math.min(1.0, (double) sold / capacity);
        }
    }

    /** One staff alert as shown; critical ones (duplicate entries) stand out. */
    public record Alert(Instant at, String message, boolean critical) {
    }

    /** Tickets in one minute: sold, or admitted. */
    public record Point(Instant minute, int count) {
    }

    private final ConsoleContext context;
    private final LiveUpdates live;
    private final Executor ui;
    private final List<LiveUpdates.Subscription> subscriptions = new ArrayList<>();
    private EventId eventId;

    private final ObservableList<TypeRow> types = FXCollections.observableArrayList();
    private final ObservableList<Point> salesPerMinute = FXCollections.observableArrayList();
    private final ObservableList<Point> entriesPerMinute = FXCollections.observableArrayList();
    private final ObservableList<Attendance.Count> byGate = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper ticketsSold = new ReadOnlyIntegerWrapper(this, "ticketsSold");
    private final ReadOnlyIntegerWrapper capacity = new ReadOnlyIntegerWrapper(this, "capacity");
    private final ReadOnlyIntegerWrapper paidOrders = new ReadOnlyIntegerWrapper(this, "paidOrders");
    private final ReadOnlyStringWrapper revenue = new ReadOnlyStringWrapper(this, "revenue", "–");
    private final ReadOnlyIntegerWrapper admitted = new ReadOnlyIntegerWrapper(this, "admitted");
    private final ReadOnlyIntegerWrapper inside = new ReadOnlyIntegerWrapper(this, "inside");
    private final ReadOnlyIntegerWrapper duplicates = new ReadOnlyIntegerWrapper(this, "duplicates");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param context the signed-in console
     * @param live    the live-update connection, started by the app
     * @param ui      where pushes are handed over to: {@code Platform::runLater} in the app
     */
    public DashboardViewModel(ConsoleContext context, LiveUpdates live, Executor ui) {
        this.context = context;
        this.live = live;
        this.ui = ui;
    }

    /** Shows an event and follows it live until {@link #close()} or the next {@code open}. */
    public void open(EventId event) {
        close();
        this.eventId = event;
        types.clear();
        salesPerMinute.clear();
        entriesPerMinute.clear();
        byGate.clear();
        alerts.clear();
        refreshSales();
        refreshAttendance();
        EventId followed = event;
        subscriptions.add(live.subscribe(Topic.availability(event), update -> ui.execute(() -> onUpdate(followed, update)),
                () -> ui.execute(this::refreshSales)));
        subscriptions.add(live.subscribe(Topic.sales(context.organizerId()), update -> ui.execute(() -> onUpdate(followed, update)),
                () -> ui.execute(this::refreshSales)));
        subscriptions.add(live.subscribe(Topic.checkins(event), update -> ui.execute(() -> onUpdate(followed, update)),
                () -> ui.execute(this::refreshAttendance)));
        subscriptions.add(live.subscribe(Topic.alerts(context.organizerId()), update -> ui.execute(() -> onUpdate(followed, update)),
                () -> ui.execute(() -> { })));
    }

    /** Stops following the event. */
    public void close() {
        subscriptions.forEach(LiveUpdates.Subscription::cancel);
        subscriptions.clear();
        eventId = null;
    }

    /** Applies one pushed update; call on the UI thread. */
    void onUpdate(EventId followed, ServerMessage.Update update) {
        if (!followed.equals(eventId)) {
            return;
        }
        switch (update) {
            case ServerMessage.AvailabilityUpdate availability -> {
                types.setAll(availability.types().stream().map(t -> new TypeRow(t.name(), t.sold(), t.held(), t.capacity())).toList());
                ticketsSold.set(availability.types().stream().mapToInt(ServerMessage.TypeCount::sold).sum());
                capacity.set(availability.types().stream().mapToInt(ServerMessage.TypeCount::capacity).sum());
                // Sold counts moved: revenue and the sales curve follow from the report.
                refreshSales();
            }
            case ServerMessage.SaleTick sale when followed.equals(sale.eventId()) -> refreshSales();
            case ServerMessage.CheckInTick checkIn -> refreshAttendance();
            case ServerMessage.StaffAlert alert -> alerts.addFirst(new Alert(alert.at(), alert.message(), "CRITICAL".equalsIgnoreCase(alert.level())));
            default -> {
                // A sale of another event of the organizer: nothing to show here.
            }
        }
    }

    /** Reloads tickets sold, revenue and sales per minute. */
    public void refreshSales() {
        EventId event = eventId;
        if (event == null) {
            return;
        }
        context.tasks().run(() -> context.client().reports().salesSummary(event), summary -> {
            if (event.equals(eventId)) {
                show(summary);
            }
        }, this::fail);
    }

    /** Reloads entry progress from every check-in list of the event. */
    public void refreshAttendance() {
        EventId event = eventId;
        if (event == null) {
            return;
        }
        context.tasks().run(() -> {
            List<Attendance> all = new ArrayList<>();
            for (CheckInListView list : context.client().checkIn().lists(event)) {
                CheckInListId id = list.id();
                all.add(context.client().checkIn().attendance(id));
            }
            return all;
        }, all -> {
            if (event.equals(eventId)) {
                show(all);
            }
        }, this::fail);
    }

    void show(SalesSummary summary) {
        Map<String, Integer> held = new TreeMap<>();
        types.forEach(row -> held.put(row.name(), row.held()));
        types.setAll(summary.byType().stream().map(t -> new TypeRow(t.name(), t.sold(), held.getOrDefault(t.name(), 0), t.capacity())).toList());
        ticketsSold.set(summary.ticketsSold());
        capacity.set(summary.capacity());
        paidOrders.set(summary.paidOrders());
        revenue.set(summary.revenue() == null ? "–" : summary.revenue().toString());
        salesPerMinute.setAll(summary.perMinute().stream().map(b -> new Point(b.minute(), b.tickets())).toList());
        error.set("");
    }

    void show(List<Attendance> lists) {
        int totalAdmitted = 0;
        int totalInside = 0;
        int totalDuplicates = 0;
        Map<String, Integer> gates = new TreeMap<>();
        Map<Instant, Integer> minutes = new TreeMap<>();
        for (Attendance attendance : lists) {
            totalAdmitted += attendance.admitted();
            totalInside += attendance.inside();
            totalDuplicates += attendance.duplicates();
            attendance.byGate().forEach(count -> gates.merge(count.key(), count.count(), Integer::sum));
            attendance.perMinute().forEach(bucket -> minutes.merge(bucket.minute(), bucket.count(), Integer::sum));
        }
        admitted.set(totalAdmitted);
        inside.set(totalInside);
        duplicates.set(totalDuplicates);
        byGate.setAll(gates.entrySet().stream().map(e -> new Attendance.Count(e.getKey(), e.getValue())).toList());
        entriesPerMinute.setAll(minutes.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList());
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        error.set(ErrorPresenter.describe(failure).detail());
    }

    public ObservableList<TypeRow> types() {
        return types;
    }

    public ObservableList<Point> salesPerMinute() {
        return salesPerMinute;
    }

    public ObservableList<Point> entriesPerMinute() {
        return entriesPerMinute;
    }

    public ObservableList<Attendance.Count> byGate() {
        return byGate;
    }

    public ObservableList<Alert> alerts() {
        return alerts;
    }

    public ReadOnlyIntegerProperty ticketsSoldProperty() {
        return ticketsSold.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty capacityProperty() {
        return capacity.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty paidOrdersProperty() {
        return paidOrders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revenueProperty() {
        return revenue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty admittedProperty() {
        return admitted.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty insideProperty() {
        return inside.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty duplicatesProperty() {
        return duplicates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
