package dev.marquee.boxoffice;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.catalog.EventView;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The sale screen's left column: search the events and choose one, by Enter or by click. */
final class EventPickerView extends VBox {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final EventPickerViewModel viewModel;
    private final Runnable chosen;
    private final TextField search = new TextField();
    private final ListView<EventView> events = new ListView<>();

    /**
     * @param chosen runs once an event is chosen, to move on to its ticket types
     */
    EventPickerView(EventPickerViewModel viewModel, Runnable chosen) {
        this.viewModel = viewModel;
        this.chosen = chosen;
        search.setId("eventSearch");
        search.setPromptText("Search events (F2)");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setOnAction(e -> {
            viewModel.search();
            events.requestFocus();
            events.getSelectionModel().selectFirst();
        });
        events.setId("events");
        events.setItems(viewModel.events());
        events.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EventView event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : event.title() + "\n" + WHEN.format(event.startsAt()) + " · " + event.venueName());
            }
        });
        events.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(events.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        events.setOnMouseClicked(e -> choose(events.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(events, Priority.ALWAYS);
        Label error = ErrorPresenter.inlineLabel(viewModel.errorProperty());
        getChildren().addAll(Forms.heading("Events"), search, events, error);
        getStyleClass().add("events-column");
    }

    /** Puts the cursor in the search field, its text selected so typing replaces it. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void choose(EventView event) {
        if (event != null) {
            viewModel.selectedEventProperty().set(event);
            chosen.run();
        }
    }
}
