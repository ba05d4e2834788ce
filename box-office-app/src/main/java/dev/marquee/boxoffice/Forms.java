package dev.marquee.boxoffice;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small pieces the box-office screens share, so every form reads the same. */
final class Forms {

    private Forms() {
    }

    /** A caption with a mnemonic over its input, such as "_Tendered". */
    static VBox field(String caption, Node input) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        VBox field = new VBox(label, input);
        field.getStyleClass().add("field");
        return field;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    /** A label that takes space only while it has something to say. */
    static Label notice(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("notice");
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
