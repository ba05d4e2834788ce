package dev.marquee.kiosk;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The full-screen scanning view: a huge verdict and a status bar. Codes come from a keyboard-wedge scanner. */
public final class ScanView {

    private static final PseudoClass ADMITTED = PseudoClass.getPseudoClass("admitted");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
    private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");

    private final BorderPane root = new BorderPane();
    private final Timeline ticker;

    /**
     * @param model     the screen's state
     * @param onMessage tells the person something that is not a verdict, such as an unreadable picture
     */
    public ScanView(ScanViewModel model, Consumer<String> onMessage) {
        root.getStyleClass().add("scan-view");

        Label headline = new Label();
        headline.setId("headline");
        headline.getStyleClass().add("verdict-headline");
        headline.textProperty().bind(model.headlineProperty());
        headline.setWrapText(true);
        Label holder = new Label();
        holder.setId("holder");
        holder.getStyleClass().add("verdict-holder");
        holder.textProperty().bind(model.holderProperty());
        Label detail = new Label();
        detail.setId("detail");
        detail.getStyleClass().add("verdict-detail");
        detail.textProperty().bind(model.detailProperty());
        VBox verdict = new VBox(24, headline, holder, detail);
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setAlignment(Pos.CENTER);
        model.displayProperty().subscribe(display -> {
            verdict.pseudoClassStateChanged(ADMITTED, display == ScanViewModel.Display.ADMITTED);
            verdict.pseudoClassStateChanged(REJECTED, display == ScanViewModel.Display.REJECTED);
            verdict.pseudoClassStateChanged(CHECKING, display == ScanViewModel.Display.CHECKING);
        });
        root.setCenter(verdict);

        Label connection = new Label();
        connection.setId("connection");
        connection.getStyleClass().add("connection");
        connection.textProperty().bind(model.connectionProperty());
        connection.setMinWidth(Region.USE_PREF_SIZE);
        model.onlineProperty().subscribe(online -> {
            connection.pseudoClassStateChanged(ONLINE, online);
            connection.pseudoClassStateChanged(OFFLINE, !online);
            root.pseudoClassStateChanged(OFFLINE, !online);
        });
        Label list = label("list-name", model.listNameProperty().getValue());
        list.textProperty().bind(model.listNameProperty());
        Label counts = label("counts", "");
        counts.textProperty().bind(model.countsProperty());
        Label age = label("data-age", "");
        age.textProperty().bind(model.dataAgeProperty());
        Label pending = label("pending", "");
        pending.textProperty().bind(model.pendingProperty());
        Button fromFile = new Button("From picture…");
        fromFile.setId("scan-from-file");
        fromFile.getStyleClass().add("touch");
        fromFile.setFocusTraversable(false);
        fromFile.setMinWidth(Region.USE_PREF_SIZE);
        fromFile.setOnAction(event -> scanFromFile(model, onMessage));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox status = new HBox(20, connection, list, counts, age, pending, spring, fromFile);
        status.getStyleClass().add("status-bar");
        status.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(status);

        // The scanner types the code and Enter into whatever has focus: listen on the whole scene.
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
                    model.typed(event.getCharacter());
                    event.consume();
                });
            }
        });
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), event -> model.tick(Instant.now())));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("status-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void scanFromFile(ScanViewModel model, Consumer<String> onMessage) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Scan a ticket from a picture");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        CodeImages.read(new Image(file.toURI().toString())).ifPresentOrElse(model::submit,
                () -> onMessage.accept("No QR code found in " + file.getName() + ". Try a sharper picture or the scanner."));
    }

    /** The view's root node. */
    public Node root() {
        return root;
    }

    /** Stops the clock that resets verdicts; call when the view is left. */
    public void dispose() {
        ticker.stop();
    }

    static Duration resetAfterDefault() {
        return Duration.ofMillis(Long.getLong("marquee.kiosk.reset-ms", 3000));
    }
}
