package dev.marquee.boxoffice;

import atlantafx.base.theme.Styles;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Looking up orders and refunding, reissuing or reprinting their tickets. */
public final class OrdersView extends HBox {

    private final OrdersViewModel viewModel;
    private final TicketPrinting printing;
    private final Consumer<OrderView> saveRequest;
    private final TextField query = new TextField();
    private final ListView<OrderView> results = new ListView<>();
    private final ListView<OrderTicketView> tickets = new ListView<>();

    /**
     * @param saveRequest asks where to save an order's tickets as PDF
     */
    public OrdersView(OrdersViewModel viewModel, TicketPrinting printing, Consumer<OrderView> saveRequest) {
        this.viewModel = viewModel;
        this.printing = printing;
        this.saveRequest = saveRequest;
        setId("ordersView");
        getStyleClass().add("orders-view");

        query.setId("orderQuery");
        query.setPromptText("Order code, email or name (F2)");
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.setOnAction(e -> {
            viewModel.search();
            results.requestFocus();
        });
        results.setId("orderResults");
        results.setItems(viewModel.results());
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrderView order, boolean empty) {
                super.updateItem(order, empty);
                setText(empty || order == null ? null : order.code() + " · " + order.status() + " · " + Amounts.format(order.total())
                        + "\n" + (order.buyerName() == null ? "no name" : order.buyerName()) + " · " + order.eventTitle());
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedOrderProperty().set(after);
            }
        });
        viewModel.selectedOrderProperty().addListener((observable, before, after) -> {
            tickets.getItems().setAll(after == null ? List.of() : after.tickets());
            if (after != null && results.getSelectionModel().getSelectedItem() != after) {
                results.getSelectionModel().select(after);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        Label error = ErrorPresenter.inlineLabel(viewModel.errorProperty());
        error.setId("ordersError");
        VBox left = new VBox(Forms.heading("Find an order"), query, results, error);
        left.getStyleClass().add("events-column");

        Label title = Forms.heading("");
        title.setId("orderTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderView order = viewModel.getSelectedOrder();
            return order == null ? "No order chosen" : "Order " + order.code() + " · " + order.status() + " · paid "
                    + Amounts.format(order.total()) + (order.refunded() == null || order.refunded().isZero() ? ""
                    : " · refunded " + Amounts.format(order.refunded()));
        }, viewModel.selectedOrderProperty()));
        tickets.setId("orderTickets");
        tickets.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrderTicketView ticket, boolean empty) {
                super.updateItem(ticket, empty);
                setText(empty || ticket == null ? null : ticket.typeName() + " · " + Amounts.format(ticket.price()) + " · "
                        + ticket.status() + " · print " + ticket.serial());
            }
        });
        tickets.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                viewModel.selectedTicketProperty().set(after));
        VBox.setVgrow(tickets, Priority.ALWAYS);
        TextField reason = new TextField();
        reason.setId("refundReason");
        reason.textProperty().bindBidirectional(viewModel.refundReasonProperty());

        Button refundOrder = new Button("Refund order (F10)");
        refundOrder.setId("refundOrder");
        refundOrder.getStyleClass().add(Styles.DANGER);
        refundOrder.setOnAction(e -> confirmRefundOrder());
        Button refundTicket = new Button("Refund ticket (F11)");
        refundTicket.setId("refundTicket");
        refundTicket.setOnAction(e -> viewModel.refundTicket());
        Button reissue = new Button("Reissue ticket (F12)");
        reissue.setId("reissueTicket");
        reissue.setOnAction(e -> viewModel.reissueTicket());
        Button print = new Button("Print (F8)");
        print.setId("reprint");
        print.setOnAction(e -> print());
        Button save = new Button("Save PDF (Ctrl+S)");
        save.setOnAction(e -> save());
        for (Button button : new Button[] {refundOrder, refundTicket, reissue, print, save}) {
            button.disableProperty().bind(viewModel.selectedOrderProperty().isNull().or(viewModel.busyProperty()));
        }
        HBox actions = new HBox(refundOrder, refundTicket, reissue, print, save);
        actions.getStyleClass().add("actions");
        Label notice = Forms.notice("ordersNotice");
        notice.textProperty().bind(viewModel.noticeProperty());
        Label printStatus = Forms.notice("ordersPrintStatus");
        printStatus.textProperty().bind(printing.statusProperty());
        VBox right = new VBox(title, tickets, Forms.field("Refund _reason (optional)", reason), actions, notice, printStatus);
        right.getStyleClass().add("types-column");
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);

        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public void focusStart() {
        query.requestFocus();
        query.selectAll();
    }

    /** A whole order is a lot of money to hand back by one key press: ask first, Enter confirms. */
    private void confirmRefundOrder() {
        OrderView order = viewModel.getSelectedOrder();
        if (order == null) {
            viewModel.refundOrder();
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Refund every valid ticket of order " + order.code()
                + "? Their QR codes stop working and the places go back on sale.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.setHeaderText("Refund the whole order?");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.refundOrder());
    }

    private void print() {
        OrderView order = viewModel.getSelectedOrder();
        if (order != null) {
            printing.print(order.id());
        }
    }

    private void save() {
        OrderView order = viewModel.getSelectedOrder();
        if (order != null) {
            saveRequest.accept(order);
        }
    }

    private void shortcut(KeyEvent e) {
        if (!isVisible()) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.S) {
            save();
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (code == KeyCode.F2) {
            focusStart();
        } else if (code == KeyCode.F10) {
            confirmRefundOrder();
        } else if (code == KeyCode.F11) {
            viewModel.refundTicket();
        } else if (code == KeyCode.F12) {
            viewModel.reissueTicket();
        } else if (code == KeyCode.F8) {
            print();
        } else if (code == KeyCode.ENTER && results.isFocused()) {
            tickets.requestFocus();
            tickets.getSelectionModel().selectFirst();
        } else {
            return;
        }
        e.consume();
    }
}
