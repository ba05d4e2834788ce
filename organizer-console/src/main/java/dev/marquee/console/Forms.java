package dev.marquee.console;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The few building blocks every console form uses: labelled rows, a status line, and asking before destroying. */
final class Forms {

    private Forms() {
    }

    /** A two-column form grid. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    /** Adds a labelled row to a form grid. */
    static void row(GridPane grid, String label, Node field) {
        int row = grid.getRowCount();
        Label caption = new Label(label);
        caption.setLabelFor(field);
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** A text field with an id, for tests and keyboard focus. */
    static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** A label that shows a view model's success message and takes no space while it is empty. */
    static Label messageLabel(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-message");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * Asks before something that cannot be undone.
     *
     * @return whether the person confirmed
     */
    static boolean confirm(Node owner, String title, String text, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, go, keep);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
