package dev.marquee.console;

import dev.marquee.client.EventQuery;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.Page;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The organizer's events: search by text, filter by status, page through, pick one. */
public final class EventListViewModel {

    private static final int PAGE_SIZE = 50;

    private final ConsoleContext context;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<EventView> events = FXCollections.observableArrayList();
    private final ObjectProperty<EventView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String nextCursor;

    public EventListViewModel(ConsoleContext context) {
        this.context = context;
    }

    /** Loads the first page for the current search and filter. */
    public void load() {
        EventQuery query = query();
        context.tasks().run(() -> context.client().catalog().events(query), page -> {
            events.setAll(page.items());
            remember(page);
        }, this::fail);
    }

    /** Appends the next page, if there is one. */
    public void loadMore() {
        if (nextCursor == null) {
            return;
        }
        EventQuery query = query().withCursor(nextCursor);
        context.tasks().run(() -> context.client().catalog().events(query), page -> {
            events.addAll(page.items());
            remember(page);
        }, this::fail);
    }

    /** Puts a created or changed event in the list (first, if new) and selects it. */
    public void show(EventView event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(event.id())) {
                events.set(i, event);
                selected.set(event);
                return;
            }
        }
        events.addFirst(event);
        selected.set(event);
    }

    private EventQuery query() {
        String text = search.get() == null ? "" : search.get().trim();
        return EventQuery.all().withLimit(PAGE_SIZE).withStatus(status.get()).matching(text.isEmpty() ? null : text);
    }

    private void remember(Page<EventView> page) {
        nextCursor = page.nextCursor();
        hasMore.set(page.hasMore());
        error.set("");
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        error.set(ErrorPresenter.describe(failure).detail());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
    }

    public ObservableList<EventView> events() {
        return events;
    }

    public ObjectProperty<EventView> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
