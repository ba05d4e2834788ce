package dev.marquee.kiosk;

import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.CheckInListView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Event on the left, its lists on the right; touching a list starts the first sync. */
public final class ListChoiceView {

    private final VBox root;

    public ListChoiceView(ListChoiceViewModel model) {
        Label title = new Label("Choose the check-in list");
        title.getStyleClass().add("screen-title");
        ListView<EventView> events = new ListView<>(model.events());
        events.setId("events");
        events.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(EventView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + "\n" + item.startsAt().toLocalDate());
            }
        });
        events.getSelectionModel().selectedItemProperty().subscribe(model::chooseEvent);
        ListView<CheckInListView> lists = new ListView<>(model.lists());
        lists.setId("lists");
        lists.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CheckInListView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        lists.getSelectionModel().selectedItemProperty().subscribe(model::chooseList);
        events.getStyleClass().add("touch-list");
        lists.getStyleClass().add("touch-list");
        // Both columns share the screen: event titles and list names are read from a distance, not scrolled.
        HBox choice = new HBox(24, events, lists);
        HBox.setHgrow(events, Priority.ALWAYS);
        HBox.setHgrow(lists, Priority.ALWAYS);
        events.setMaxWidth(Double.MAX_VALUE);
        lists.setMaxWidth(Double.MAX_VALUE);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.tasks().busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        root = new VBox(20, title, message, choice, progress);
        root.getStyleClass().add("setup-form");
        root.setAlignment(Pos.TOP_LEFT);
        model.load();
    }

    public Node root() {
        return root;
    }
}
