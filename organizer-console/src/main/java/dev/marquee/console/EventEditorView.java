package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.catalog.VenueView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The event form: details, venue (and so capacity), times in the event's time zone, and its lifecycle buttons. */
public final class EventEditorView extends VBox {

    public EventEditorView(EventEditorViewModel viewModel) {
        getStyleClass().add("event-editor");
        setSpacing(10);
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(viewModel.eventProperty().map(e -> e.title() + " · " + e.status()).orElse("New event"));

        GridPane grid = Forms.grid();
        TextField title = Forms.field("eventTitle", "What the audience sees");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        Forms.row(grid, "Title", title);

        ComboBox<VenueView> venue = new ComboBox<>(viewModel.venues());
        venue.setId("eventVenue");
        venue.setConverter(new StringConverter<>() {
            @Override
            public String toString(VenueView value) {
                return value == null ? "" : value.name() + " (" + value.capacity() + ")";
            }

            @Override
            public VenueView fromString(String text) {
                return null;
            }
        });
        venue.valueProperty().bindBidirectional(viewModel.venueProperty());
        Label capacity = new Label();
        capacity.textProperty().bind(viewModel.capacityProperty());
        capacity.getStyleClass().add("text-muted");
        Forms.row(grid, "Venue", new HBox(10, venue, capacity));

        TextField category = Forms.field("eventCategory", "Concert, theatre, talk …");
        category.textProperty().bindBidirectional(viewModel.categoryProperty());
        Forms.row(grid, "Category", category);

        Forms.row(grid, "Starts", when("eventStart", viewModel.startDateProperty(), viewModel.startTimeProperty()));
        Forms.row(grid, "Ends", when("eventEnd", viewModel.endDateProperty(), viewModel.endTimeProperty()));

        ComboBox<String> zone = new ComboBox<>();
        zone.setId("eventTimeZone");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        Label zoneHint = new Label("times are wall-clock times at the event");
        zoneHint.getStyleClass().add("text-muted");
        Forms.row(grid, "Time zone", new HBox(10, zone, zoneHint));

        TextField age = Forms.field("eventMinimumAge", "none");
        age.setPrefColumnCount(4);
        age.textProperty().bindBidirectional(viewModel.minimumAgeProperty());
        Forms.row(grid, "Minimum age", age);

        TextArea description = new TextArea();
        description.setId("eventDescription");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        Forms.row(grid, "Description", description);

        Button save = new Button("Save");
        save.setId("saveEvent");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        Button publish = new Button("Publish");
        publish.setId("publishEvent");
        publish.getStyleClass().add("success");
        publish.disableProperty().bind(viewModel.publishableBinding().not());
        publish.setOnAction(event -> viewModel.publish());
        Button cancel = new Button("Cancel event…");
        cancel.setId("cancelEvent");
        cancel.getStyleClass().add("danger");
        cancel.disableProperty().bind(viewModel.publishedBinding().not());
        cancel.setOnAction(event -> viewModel.describeCancellation(text -> {
            if (Forms.confirm(this, "Cancel this event?", text, "Cancel event and refund")) {
                TextInputDialog reason = new TextInputDialog();
                reason.initOwner(getScene().getWindow());
                reason.setTitle("Reason");
                reason.setHeaderText("Why is the event cancelled? Buyers are told this.");
                Optional<String> given = reason.showAndWait();
                given.ifPresent(viewModel::cancelEvent);
            }
        }));
        Button complete = new Button("Mark completed");
        complete.setId("completeEvent");
        complete.disableProperty().bind(viewModel.publishedBinding().not());
        complete.setOnAction(event -> viewModel.complete());

        getChildren().addAll(heading, grid, new HBox(8, save, publish, cancel, complete),
                ErrorPresenter.inlineLabel(viewModel.errorProperty()), Forms.messageLabel("eventMessage", viewModel.messageProperty()));
    }

    private static HBox when(String id, ObjectProperty<LocalDate> date, StringProperty time) {
        DatePicker picker = new DatePicker();
        picker.setId(id + "Date");
        picker.valueProperty().bindBidirectional(date);
        TextField clock = Forms.field(id + "Time", "HH:mm");
        clock.setPrefColumnCount(5);
        clock.textProperty().bindBidirectional(time);
        return new HBox(8, picker, clock);
    }
}
