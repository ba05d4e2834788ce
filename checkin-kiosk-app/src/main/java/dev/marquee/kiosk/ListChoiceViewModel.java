package dev.marquee.kiosk;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.kiosk.engine.KioskEngine;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.CheckInListView;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Choosing the event and its check-in list, then the first sync with its progress. */
public final class ListChoiceViewModel {

    private final KioskEngine engine;
    private final BackgroundTasks tasks;
    private final Executor ui;
    private final Runnable onReady;
    private final ObservableList<EventView> events = FXCollections.observableArrayList();
    private final ObservableList<CheckInListView> lists = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private EventView event;

    /**
     * @param ui      runs progress updates on the UI thread
     * @param onReady called once the list is synced
     */
    public ListChoiceViewModel(KioskEngine engine, BackgroundTasks tasks, Executor ui, Runnable onReady) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.onReady = Objects.requireNonNull(onReady, "onReady");
    }

    /** Loads the events in the kiosk's scope. */
    public void load() {
        message.set("Loading events…");
        tasks.run(engine::events, loaded -> {
            events.setAll(loaded);
            message.set(loaded.isEmpty() ? "No published events. Publish one in the organizer console, then try again." : "Choose the event");
        }, failure -> message.set("Could not load the events: " + failure.getMessage()));
    }

    /** Shows the lists of an event. */
    public void chooseEvent(EventView chosen) {
        event = chosen;
        lists.clear();
        if (chosen == null) {
            return;
        }
        tasks.run(() -> engine.lists(chosen.id()), loaded -> {
            lists.setAll(loaded);
            message.set(loaded.isEmpty() ? "This event has no check-in list yet. Create one in the organizer console." : "Choose the list");
        }, failure -> message.set("Could not load the lists: " + failure.getMessage()));
    }

    /** Works this list: loads all its tickets, with progress, then hands over to scanning. */
    public void chooseList(CheckInListView chosen) {
        if (chosen == null) {
            return;
        }
        message.set("Loading the tickets of " + chosen.name() + "…");
        progress.set(-1);
        tasks.run(() -> {
            engine.chooseList(chosen, event == null ? "" : event.title());
            return engine.sync((synced, expected) -> ui.execute(() -> progress.set(expected > 0 ? Math.min(1.0, (double) synced / expected) : -1)));
        }, synced -> {
            progress.set(1);
            onReady.run();
        }, failure -> message.set("Could not load the list: " + failure.getMessage() + ". Check the connection and choose it again."));
    }

    public ObservableList<EventView> events() {
        return events;
    }

    public ObservableList<CheckInListView> lists() {
        return lists;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BackgroundTasks tasks() {
        return tasks;
    }
}
