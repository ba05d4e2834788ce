package dev.marquee.boxoffice;

import dev.marquee.client.fx.ConnectionIndicator;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The window's frame: who sells where and the connection on top, the current screen, and its shortcuts below. */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final ShiftView shiftView;
    private final SaleView saleView;
    private final OrdersView ordersView;
    private final CloseShiftView closeShiftView;

    public MainView(MainViewModel viewModel, ShiftView shiftView, SaleView saleView, OrdersView ordersView, CloseShiftView closeShiftView) {
        this.viewModel = viewModel;
        this.shiftView = shiftView;
        this.saleView = saleView;
        this.ordersView = ordersView;
        this.closeShiftView = closeShiftView;
        setId("mainView");
        getStyleClass().add("box-office");

        Label title = new Label("Marquee box office");
        title.getStyleClass().add("app-title");
        Label seller = new Label();
        seller.setId("seller");
        seller.textProperty().bind(viewModel.sellerBinding());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ConnectionIndicator connection = new ConnectionIndicator();
        connection.setId("connection");
        connection.stateProperty().bind(viewModel.connectionProperty());
        HBox top = new HBox(title, seller, spacer, connection);
        top.getStyleClass().add("top-bar");
        setTop(top);

        setCenter(new StackPane(shiftView, saleView, ordersView, closeShiftView));
        viewModel.screenProperty().addListener((observable, before, after) -> showScreen(after));
        showScreen(viewModel.getScreen());

        Label hints = new Label();
        hints.setId("shortcutHints");
        hints.getStyleClass().add("shortcut-hints");
        hints.setWrapText(true);
        hints.textProperty().bind(viewModel.hintsBinding());
        setBottom(hints);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.DIGIT1) {
                viewModel.show(MainViewModel.Screen.SELL);
            } else if (e.getCode() == KeyCode.DIGIT2) {
                viewModel.show(MainViewModel.Screen.ORDERS);
            } else if (e.getCode() == KeyCode.DIGIT3) {
                viewModel.show(MainViewModel.Screen.CLOSE_SHIFT);
            } else {
                return;
            }
            e.consume();
        });
    }

    private void showScreen(MainViewModel.Screen screen) {
        show(shiftView, screen == MainViewModel.Screen.OPEN_SHIFT);
        show(saleView, screen == MainViewModel.Screen.SELL);
        show(ordersView, screen == MainViewModel.Screen.ORDERS);
        show(closeShiftView, screen == MainViewModel.Screen.CLOSE_SHIFT);
        // Focus once the screen is laid out, so the first key already goes to the right field.
        Platform.runLater(() -> {
            switch (screen) {
                case OPEN_SHIFT -> shiftView.focusStart();
                case SELL -> saleView.focusStart();
                case ORDERS -> ordersView.focusStart();
                case CLOSE_SHIFT -> closeShiftView.focusStart();
                default -> { }
            }
        });
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
