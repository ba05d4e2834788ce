package dev.marquee.boxoffice;

import dev.marquee.client.fx.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The cart: its lines, the hold's countdown and what went wrong with it, and the total. */
final class CartView extends VBox {

    private static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");

    CartView(CartViewModel cart) {
        ListView<CartLine> lines = new ListView<>(cart.lines());
        lines.setId("cartLines");
        lines.setFocusTraversable(false);
        lines.setPrefHeight(120);
        lines.setPlaceholder(new Label("The cart is empty."));
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CartLine line, boolean empty) {
                super.updateItem(line, empty);
                textProperty().unbind();
                if (empty || line == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> line.getQuantity() + " × " + line.type().name() + "   "
                            + Amounts.format(line.getLineTotal()), line.quantityProperty()));
                }
            }
        });

        Label countdown = new Label();
        countdown.setId("holdCountdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(cart.countdownProperty());
        cart.expiredProperty().addListener((observable, before, after) -> countdown.pseudoClassStateChanged(EXPIRED, after));
        Label message = ErrorPresenter.inlineLabel(cart.messageProperty());
        message.setId("cartMessage");

        Label total = new Label();
        total.setId("total");
        total.getStyleClass().add("total");
        total.textProperty().bind(Bindings.createStringBinding(() -> cart.getTotal() == null ? "Total —"
                : "Total " + Amounts.format(cart.getTotal()), cart.totalProperty()));

        getChildren().addAll(Forms.heading("Cart"), lines, countdown, message, total);
        getStyleClass().add("cart-pane");
    }
}
