package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The event list on the left: search, status filter, the events, new event. */
public final class EventListView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    public EventListView(EventListViewModel viewModel, Runnable onNewEvent) {
        getStyleClass().add("event-list");
        setSpacing(8);
        TextField search = Forms.field("eventSearch", "Search title, venue, category");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setOnAction(event -> viewModel.load());

        ComboBox<EventStatus> status = new ComboBox<>();
        status.setId("eventStatusFilter");
        status.getItems().add(null);
        status.getItems().addAll(EventStatus.values());
        status.setPromptText("Any status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventStatus value) {
                return value == null ? "Any status" : value.name().charAt(0) + value.name().substring(1).toLowerCase();
            }

            @Override
            public EventStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        status.valueProperty().addListener((observable, before, after) -> viewModel.load());
        status.setMaxWidth(Double.MAX_VALUE);

        ListView<EventView> list = new ListView<>(viewModel.events());
        list.setId("eventList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(EventView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.title() + "\n" + WHEN.format(item.startsAt()) + " · " + item.venueName() + " · " + item.status());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after != null && list.getSelectionModel().getSelectedItem() != after) {
                list.getSelectionModel().select(after);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button more = new Button("Load more");
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(event -> viewModel.loadMore());
        Button newEvent = new Button("New event");
        newEvent.setId("newEvent");
        newEvent.setDefaultButton(false);
        newEvent.setOnAction(event -> onNewEvent.run());
        Button searchButton = new Button("Search");
        searchButton.setOnAction(event -> viewModel.load());
        HBox buttons = new HBox(8, newEvent, searchButton, more);

        getChildren().addAll(search, status, list, buttons, ErrorPresenter.inlineLabel(viewModel.errorProperty()));
    }
}
