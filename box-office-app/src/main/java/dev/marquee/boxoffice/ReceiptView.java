package dev.marquee.boxoffice;

import atlantafx.base.theme.Styles;
import dev.marquee.model.booking.SaleReceipt;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The receipt once sold: the order, the change to hand back, and the tickets to print or save. */
final class ReceiptView extends VBox {

    private final PaymentViewModel payment;
    private final TicketPrinting printing;
    private final Consumer<SaleReceipt> saveRequest;
    private final Button next = new Button("Next customer (Esc)");

    /**
     * @param saveRequest asks where to save the receipt's tickets as PDF
     * @param nextCustomer starts the next sale
     */
    ReceiptView(PaymentViewModel payment, TicketPrinting printing, Consumer<SaleReceipt> saveRequest, Runnable nextCustomer) {
        this.payment = payment;
        this.printing = printing;
        this.saveRequest = saveRequest;
        Label sold = new Label();
        sold.setId("receiptTitle");
        sold.getStyleClass().add("heading");
        Label change = new Label();
        change.setId("receiptChange");
        change.getStyleClass().add("change-due");
        Label detail = new Label();
        detail.setWrapText(true);
        payment.receiptProperty().addListener((observable, before, receipt) -> {
            if (receipt == null) {
                return;
            }
            sold.setText("Sold · order " + receipt.order().code());
            change.setText(receipt.changeDue() == null ? "No change" : "Change " + Amounts.format(receipt.changeDue()));
            detail.setText(receipt.order().tickets().size() + " tickets · " + Amounts.format(receipt.order().total())
                    + (receipt.tendered() == null ? "" : " · tendered " + Amounts.format(receipt.tendered())));
        });
        Button print = new Button("Print tickets (F8)");
        print.setId("printTickets");
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> printTickets());
        Button save = new Button("Save PDF (Ctrl+S)");
        save.setId("saveTickets");
        save.setOnAction(e -> saveTickets());
        next.setId("newSale");
        next.setOnAction(e -> nextCustomer.run());
        Label status = Forms.notice("printStatus");
        status.textProperty().bind(printing.statusProperty());
        HBox buttons = new HBox(print, save, next);
        buttons.getStyleClass().add("actions");
        getChildren().addAll(sold, change, detail, buttons, status);
        setId("receiptPane");
        getStyleClass().add("receipt-pane");
        setAlignment(Pos.TOP_LEFT);
        visibleProperty().bind(payment.receiptProperty().isNotNull());
        visibleProperty().addListener((observable, before, after) -> {
            if (after) {
                next.requestFocus();
            }
        });
    }

    void printTickets() {
        SaleReceipt receipt = payment.getReceipt();
        if (receipt != null) {
            printing.print(receipt.order().id());
        }
    }

    void saveTickets() {
        SaleReceipt receipt = payment.getReceipt();
        if (receipt != null) {
            saveRequest.accept(receipt);
        }
    }
}
