package dev.marquee.boxoffice;

import atlantafx.base.theme.Styles;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.payment.PaymentMethod;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How the cart is paid: the method (cash with the change due, card with the terminal's reference, or free with a
 * reason), the optional buyer, what still stops the payment, and the buttons to pay or cancel the sale.
 */
final class PaymentView extends VBox {

    private final PaymentViewModel payment;
    private final ToggleGroup methods = new ToggleGroup();
    private final TextField tendered = new TextField();
    private final TextField terminalReference = new TextField();
    private final TextField reason = new TextField();

    PaymentView(PaymentViewModel payment, CartViewModel cart) {
        this.payment = payment;
        ToggleButton cash = method("Cash (F4)", PaymentMethod.CASH, "payCash");
        ToggleButton card = method("Card (F7)", PaymentMethod.CARD_TERMINAL, "payCard");
        ToggleButton comp = method("Comp (F9)", PaymentMethod.COMPLIMENTARY, "payComp");
        comp.setDisable(!payment.isComplimentaryAllowed());
        payment.methodProperty().addListener((observable, before, after) -> selectMethod(after));
        selectMethod(payment.methodProperty().get());
        HBox methodBar = new HBox(cash, card, comp);
        methodBar.getStyleClass().add("methods");

        tendered.setId("tendered");
        tendered.setPromptText("e.g. 100");
        tendered.textProperty().bindBidirectional(payment.tenderedProperty());
        Label change = new Label();
        change.setId("changeDue");
        change.getStyleClass().add("change-due");
        change.textProperty().bind(Bindings.createStringBinding(() -> payment.getChangeDue() == null ? ""
                : "Change " + Amounts.format(payment.getChangeDue()), payment.changeDueBinding()));
        VBox cashBox = new VBox(Forms.field("_Tendered", tendered), change);
        terminalReference.setId("terminalReference");
        terminalReference.textProperty().bindBidirectional(payment.terminalReferenceProperty());
        VBox cardBox = Forms.field("Terminal _reference", terminalReference);
        reason.setId("compReason");
        reason.textProperty().bindBidirectional(payment.reasonProperty());
        VBox compBox = Forms.field("Reason for _free tickets", reason);
        showFor(cashBox, PaymentMethod.CASH);
        showFor(cardBox, PaymentMethod.CARD_TERMINAL);
        showFor(compBox, PaymentMethod.COMPLIMENTARY);

        TextField buyerName = new TextField();
        buyerName.setId("buyerName");
        buyerName.textProperty().bindBidirectional(payment.buyerNameProperty());
        TextField buyerEmail = new TextField();
        buyerEmail.setId("buyerEmail");
        buyerEmail.textProperty().bindBidirectional(payment.buyerEmailProperty());

        Label problem = new Label();
        problem.setId("paymentProblem");
        problem.getStyleClass().add("hint");
        problem.setWrapText(true);
        problem.textProperty().bind(payment.problemBinding());
        Label error = ErrorPresenter.inlineLabel(payment.errorProperty());
        error.setId("paymentError");

        Button pay = new Button("Pay (Enter)");
        pay.setId("pay");
        pay.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.disableProperty().bind(cart.readyToPayBinding().not().or(payment.payingProperty()));
        pay.setOnAction(e -> payment.pay());
        for (TextField field : new TextField[] {tendered, terminalReference, reason, buyerName, buyerEmail}) {
            field.setOnAction(e -> payment.pay());
        }
        Button cancel = new Button("Cancel sale (Esc)");
        cancel.setId("cancelSale");
        cancel.setOnAction(e -> cart.cancel());
        HBox actions = new HBox(cancel, pay);
        actions.getStyleClass().add("actions");
        HBox.setHgrow(pay, Priority.ALWAYS);

        getChildren().addAll(methodBar, cashBox, cardBox, compBox, Forms.field("Buyer _name (optional)", buyerName),
                Forms.field("Buyer _email (optional)", buyerEmail), problem, error, actions);
        getStyleClass().add("cart-pane");
    }

    /** Switches to a method and puts the cursor in its field; free tickets only where the seller may give them away. */
    void choose(PaymentMethod method) {
        payment.methodProperty().set(method);
        if (payment.methodProperty().get() != method) {
            return;
        }
        switch (method) {
            case CASH -> tendered.requestFocus();
            case CARD_TERMINAL -> terminalReference.requestFocus();
            case COMPLIMENTARY -> reason.requestFocus();
            default -> { }
        }
    }

    /** Puts the cursor in the tendered amount, where the payment usually goes on. */
    void focusTendered() {
        tendered.requestFocus();
    }

    private ToggleButton method(String text, PaymentMethod method, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(method);
        button.setToggleGroup(methods);
        button.setFocusTraversable(false);
        button.setOnAction(e -> {
            payment.methodProperty().set(method);
            selectMethod(payment.methodProperty().get());
        });
        return button;
    }

    private void selectMethod(PaymentMethod method) {
        methods.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == method));
    }

    private void showFor(VBox box, PaymentMethod method) {
        box.visibleProperty().bind(payment.methodProperty().isEqualTo(method));
        box.managedProperty().bind(box.visibleProperty());
    }
}
