package dev.marquee.boxoffice;

import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.payment.PaymentMethod;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The sale screen: events on the left, the chosen event's ticket types in the middle (edited from the keyboard), the
 * cart with its hold countdown and the payment on the right, and the receipt with the change once sold. It puts its
 * parts together and owns the keyboard shortcuts that move between them.
 */
public final class SaleView extends HBox {

    private final SaleViewModel viewModel;
    private final EventPickerView picker;
    private final TicketTypesView types;
    private final PaymentView payment;
    private final ReceiptView receipt;

    /**
     * @param saveRequest asks where to save the receipt's tickets as PDF
     */
    public SaleView(SaleViewModel viewModel, TicketPrinting printing, Consumer<SaleReceipt> saveRequest) {
        this.viewModel = viewModel;
        picker = new EventPickerView(viewModel.picker(), this::focusTypes);
        types = new TicketTypesView(viewModel.picker(), viewModel.cart());
        payment = new PaymentView(viewModel.payment(), viewModel.cart());
        receipt = new ReceiptView(viewModel.payment(), printing, saveRequest, this::nextCustomer);
        VBox cartAndPayment = new VBox(new CartView(viewModel.cart()), payment);
        cartAndPayment.setId("cartPane");
        cartAndPayment.getStyleClass().add("cart-pane");
        cartAndPayment.visibleProperty().bind(viewModel.payment().receiptProperty().isNull());
        StackPane right = new StackPane(cartAndPayment, receipt);
        right.getStyleClass().add("cart-column");
        HBox.setHgrow(types, Priority.ALWAYS);
        getChildren().addAll(picker, types, right);
        setId("saleView");
        getStyleClass().add("sale-view");
        types.addEventFilter(KeyEvent.KEY_TYPED, this::quantityKey);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        HoldCountdown.tickWhileShowing(this, viewModel.cart()::tick);
    }

    /** Puts the cursor where a new sale starts. */
    public void focusStart() {
        if (viewModel.picker().getSelectedEvent() == null) {
            picker.focusSearch();
        } else {
            focusTypes();
        }
    }

    private void focusTypes() {
        types.focusTypes();
    }

    private void quantityKey(KeyEvent e) {
        String typed = e.getCharacter();
        // A hidden screen may still own the focus for a moment after switching: never change the cart from there.
        if (typed.length() != 1 || !isVisible()) {
            return;
        }
        char c = typed.charAt(0);
        if (Character.isDigit(c)) {
            viewModel.cart().typeDigit(c - '0');
        } else if (c == '+') {
            viewModel.cart().increment();
        } else if (c == '-') {
            viewModel.cart().decrement();
        } else {
            return;
        }
        e.consume();
    }

    private void nextCustomer() {
        viewModel.payment().newSale();
        focusStart();
    }

    private void shortcut(KeyEvent e) {
        if (!isVisible()) {
            return;
        }
        boolean sold = viewModel.payment().getReceipt() != null;
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.S) {
            receipt.saveTickets();
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (code == KeyCode.F2) {
            picker.focusSearch();
        } else if (code == KeyCode.F3) {
            focusTypes();
        } else if (code == KeyCode.F4 && !sold) {
            payment.choose(PaymentMethod.CASH);
        } else if (code == KeyCode.F7 && !sold) {
            payment.choose(PaymentMethod.CARD_TERMINAL);
        } else if (code == KeyCode.F9 && !sold) {
            payment.choose(PaymentMethod.COMPLIMENTARY);
        } else if (code == KeyCode.F5 && !sold) {
            viewModel.cart().retakeHold();
        } else if (code == KeyCode.F8 && sold) {
            receipt.printTickets();
        } else if (code == KeyCode.ENTER && !sold && types.hasFocus()) {
            payment.focusTendered();
        } else if (code == KeyCode.ESCAPE) {
            if (sold) {
                nextCustomer();
            } else {
                viewModel.cart().cancel();
                focusStart();
            }
        } else {
            return;
        }
        e.consume();
    }
}
