package dev.marquee.boxoffice;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.live.ServerMessage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today's and upcoming events with a search, and the ticket types of the chosen one, whose availability follows the
 * server's live updates.
 */
public final class EventPickerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EventPickerViewModel.class);

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final Executor ui;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<EventView> events = FXCollections.observableArrayList();
    private final ObjectProperty<EventView> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObservableList<TicketTypeRow> ticketTypes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private AutoCloseable availabilityWatch;
    private long searchGeneration;

    /**
     * @param server where events come from
     * @param tasks  runs server calls
     * @param ui     hands live updates over to the UI thread ({@code Platform::runLater} in the app)
     */
    public EventPickerViewModel(BoxOfficeServer server, BackgroundTasks tasks, Executor ui) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ui = Objects.requireNonNull(ui, "ui");
        selectedEvent.addListener((observable, before, after) -> eventChosen(after));
    }

    /** Loads the events matching the search text. */
    public void search() {
        long generation = ++searchGeneration;
        String text = search.get();
        tasks.run(() -> server.upcomingEvents(text), found -> {
            // A slower earlier search must not overwrite a later one.
            if (generation == searchGeneration) {
                error.set("");
                events.setAll(found);
            }
        }, failure -> error.set(ErrorPresenter.describe(failure).detail()));
    }

    /** Reloads the chosen event's ticket types, as after a missed live update. */
    public void reloadTicketTypes() {
        EventView event = selectedEvent.get();
        if (event == null) {
            return;
        }
        tasks.run(() -> server.ticketTypes(event.id()), types -> {
            if (event.equals(selectedEvent.get())) {
                showTicketTypes(types);
            }
        }, failure -> error.set(ErrorPresenter.describe(failure).detail()));
    }

    /** Stops following live availability. */
    public void dispose() {
        stopWatching();
    }

    private void eventChosen(EventView event) {
        stopWatching();
        ticketTypes.clear();
        if (event == null) {
            return;
        }
        EventId id = event.id();
        availabilityWatch = server.watchAvailability(id,
                update -> ui.execute(() -> apply(update)),
                () -> ui.execute(this::reloadTicketTypes));
        reloadTicketTypes();
    }

    private void showTicketTypes(List<TicketTypeView> types) {
        error.set("");
        List<TicketTypeId> shown = ticketTypes.stream().map(TicketTypeRow::id).toList();
        if (shown.equals(types.stream().map(TicketTypeView::id).toList())) {
            // Same types: update the counts in place, so the seller's selection and cart stay put.
            for (int i = 0; i < types.size(); i++) {
                ticketTypes.get(i).setAvailable(types.get(i).available());
            }
        } else {
            ticketTypes.setAll(types.stream().map(TicketTypeRow::new).toList());
        }
    }

    /** Applies a live count to the rows of the event it is about. */
    void apply(ServerMessage.AvailabilityUpdate update) {
        EventView event = selectedEvent.get();
        if (event == null || !event.id().equals(update.eventId())) {
            return;
        }
        for (ServerMessage.TypeCount count : update.types()) {
            ticketTypes.stream().filter(row -> row.id().equals(count.ticketTypeId())).findFirst()
                    .ifPresent(row -> row.setAvailable(count.available()));
        }
    }

    private void stopWatching() {
        if (availabilityWatch != null) {
            try {
                availabilityWatch.close();
            } catch (Exception e) {
                LOG.debug("Could not stop following availability", e);
            }
            availabilityWatch = null;
        }
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<EventView> events() {
        return events;
    }

    public ObjectProperty<EventView> selectedEventProperty() {
        return selectedEvent;
    }

    public EventView getSelectedEvent() {
        return selectedEvent.get();
    }

    public ObservableList<TicketTypeRow> ticketTypes() {
        return ticketTypes;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
