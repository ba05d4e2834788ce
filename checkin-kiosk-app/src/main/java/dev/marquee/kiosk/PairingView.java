package dev.marquee.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Pairing: server address and code, touch-sized. */
public final class PairingView {

    private final VBox root;

    public PairingView(PairingViewModel model) {
        Label title = new Label("Pair this kiosk");
        title.getStyleClass().add("screen-title");
        TextField server = new TextField();
        server.setId("server");
        server.setPromptText("Server address, e.g. http://localhost:8080");
        server.textProperty().bindBidirectional(model.serverProperty());
        TextField code = new TextField();
        code.setId("code");
        code.setPromptText("Pairing code from the organizer console");
        code.textProperty().bindBidirectional(model.codeProperty());
        code.setOnAction(event -> model.pair());
        Button pair = new Button("Pair");
        pair.setId("pair");
        pair.setDefaultButton(true);
        pair.getStyleClass().add("touch");
        pair.disableProperty().bind(model.tasks().busyProperty());
        pair.setOnAction(event -> model.pair());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        root = new VBox(20, title, new Label("Server"), server, new Label("Pairing code"), code, pair, error);
        root.getStyleClass().add("setup-form");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMaxWidth(720);
    }

    public Node root() {
        return root;
    }
}
