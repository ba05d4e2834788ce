package dev.marquee.boxoffice;

import atlantafx.base.theme.Styles;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.payment.PaymentMethod;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The sale screen: events on the left, the chosen event's ticket types in the middle (edited from the keyboard), the
 * cart with its hold countdown and the payment on the right, and the receipt with the change once sold.
 */
public final class SaleView extends HBox {

    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");
    private static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final SaleViewModel viewModel;
    private final TicketPrinting printing;
    private final Consumer<SaleReceipt> saveRequest;
    private final TextField search = new TextField();
    private final ListView<EventView> events = new ListView<>();
    private final TableView<TicketTypeRow> types = new TableView<>();
    private final TextField tendered = new TextField();
    private final TextField terminalReference = new TextField();
    private final TextField reason = new TextField();
    private final ToggleGroup methods = new ToggleGroup();

    /**
     * @param saveRequest asks where to save the receipt's tickets as PDF
     */
    public SaleView(SaleViewModel viewModel, TicketPrinting printing, Consumer<SaleReceipt> saveRequest) {
        this.viewModel = viewModel;
        this.printing = printing;
        this.saveRequest = saveRequest;
        setId("saleView");
        getStyleClass().add("sale-view");
        VBox eventsPane = eventsPane();
        VBox typesPane = typesPane();
        StackPane right = new StackPane(cartPane(), receiptPane());
        right.getStyleClass().add("cart-column");
        HBox.setHgrow(typesPane, Priority.ALWAYS);
        getChildren().addAll(eventsPane, typesPane, right);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);

        Timeline countdown = new Timeline(new KeyFrame(Duration.millis(250), tick -> viewModel.cart().tick()));
        countdown.setCycleCount(Animation.INDEFINITE);
        countdown.play();
    }

    /** Puts the cursor where a new sale starts. */
    public void focusStart() {
        if (viewModel.picker().getSelectedEvent() == null) {
            search.requestFocus();
        } else {
            focusTypes();
        }
    }

    private VBox eventsPane() {
        search.setId("eventSearch");
        search.setPromptText("Search events (F2)");
        search.textProperty().bindBidirectional(viewModel.picker().searchProperty());
        search.setOnAction(e -> {
            viewModel.picker().search();
            events.requestFocus();
            events.getSelectionModel().selectFirst();
        });
        events.setId("events");
        events.setItems(viewModel.picker().events());
        events.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EventView event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : event.title() + "\n" + WHEN.format(event.startsAt()) + " · " + event.venueName());
            }
        });
        events.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(events.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        events.setOnMouseClicked(e -> choose(events.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(events, Priority.ALWAYS);
        Label error = ErrorPresenter.inlineLabel(viewModel.picker().errorProperty());
        VBox pane = new VBox(Forms.heading("Events"), search, events, error);
        pane.getStyleClass().add("events-column");
        return pane;
    }

    private void choose(EventView event) {
        if (event != null) {
            viewModel.picker().selectedEventProperty().set(event);
            focusTypes();
        }
    }

    private void focusTypes() {
        types.requestFocus();
        if (types.getSelectionModel().isEmpty() && !types.getItems().isEmpty()) {
            types.getSelectionModel().selectFirst();
            types.getFocusModel().focus(0);
        }
    }

    private VBox typesPane() {
        Label title = Forms.heading("Choose an event");
        title.setId("eventTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            EventView event = viewModel.picker().getSelectedEvent();
            return event == null ? "Choose an event" : event.title() + " — " + WHEN.format(event.startsAt());
        }, viewModel.picker().selectedEventProperty()));

        types.setId("ticketTypes");
        types.setItems(viewModel.picker().ticketTypes());
        types.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        types.setPlaceholder(new Label("Choose an event on the left (F2 to search, Enter to choose)."));
        TableColumn<TicketTypeRow, String> name = new TableColumn<>("Ticket type");
        name.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cell.getValue().name()));
        TableColumn<TicketTypeRow, String> price = new TableColumn<>("Price");
        price.setCellValueFactory(cell -> Bindings.createStringBinding(() -> Amounts.format(cell.getValue().price())));
        TableColumn<TicketTypeRow, String> available = new TableColumn<>("Available");
        available.setId("availableColumn");
        available.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cell.getValue().isSoldOut() ? "Sold out"
                : Integer.toString(cell.getValue().getAvailable()), cell.getValue().availableProperty()));
        TableColumn<TicketTypeRow, String> inCart = new TableColumn<>("In cart");
        inCart.setCellValueFactory(cell -> Bindings.createStringBinding(() -> viewModel.cart().lines().stream()
                .filter(line -> line.type().id().equals(cell.getValue().id())).findFirst()
                .map(line -> Integer.toString(line.getQuantity())).orElse(""), viewModel.cart().lines()));
        inCart.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().add("in-cart");
            }
        });
        types.getColumns().addAll(name, price, available, inCart);
        types.setRowFactory(table -> {
            TableRow<TicketTypeRow> row = new TableRow<>();
            row.itemProperty().addListener((observable, before, after) -> {
                row.disableProperty().unbind();
                if (after == null) {
                    row.setDisable(false);
                    row.pseudoClassStateChanged(SOLD_OUT, false);
                } else {
                    row.disableProperty().bind(after.soldOutBinding());
                }
            });
            row.disableProperty().addListener((observable, before, after) -> row.pseudoClassStateChanged(SOLD_OUT, after));
            return row;
        });
        viewModel.cart().selectedTypeProperty().bind(types.getSelectionModel().selectedItemProperty());
        // The types arrive after the event was chosen: select the first, so the first digit typed already counts.
        types.getItems().addListener((ListChangeListener<TicketTypeRow>) change -> {
            if (types.getSelectionModel().isEmpty() && !types.getItems().isEmpty()) {
                types.getSelectionModel().selectFirst();
                types.getFocusModel().focus(0);
            }
        });
        types.addEventFilter(KeyEvent.KEY_TYPED, this::quantityKey);
        types.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                viewModel.cart().removeSelected();
                e.consume();
            }
        });
        VBox.setVgrow(types, Priority.ALWAYS);
        Label hint = new Label("Type a number for the quantity of the selected type, + or − to change it by one, Del to remove it.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox pane = new VBox(title, types, hint);
        pane.getStyleClass().add("types-column");
        return pane;
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

    private VBox cartPane() {
        CartViewModel cart = viewModel.cart();
        PaymentViewModel payment = viewModel.payment();

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
        Label cartMessage = ErrorPresenter.inlineLabel(cart.messageProperty());
        cartMessage.setId("cartMessage");

        Label total = new Label();
        total.setId("total");
        total.getStyleClass().add("total");
        total.textProperty().bind(Bindings.createStringBinding(() -> cart.getTotal() == null ? "Total —"
                : "Total " + Amounts.format(cart.getTotal()), cart.totalProperty()));

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
        cancel.setOnAction(e -> viewModel.cart().cancel());
        HBox actions = new HBox(cancel, pay);
        actions.getStyleClass().add("actions");
        HBox.setHgrow(pay, Priority.ALWAYS);

        VBox pane = new VBox(Forms.heading("Cart"), lines, countdown, cartMessage, total, methodBar, cashBox, cardBox, compBox,
                Forms.field("Buyer _name (optional)", buyerName), Forms.field("Buyer _email (optional)", buyerEmail), problem, error,
                actions);
        pane.setId("cartPane");
        pane.getStyleClass().add("cart-pane");
        pane.visibleProperty().bind(payment.receiptProperty().isNull());
        return pane;
    }

    private ToggleButton method(String text, PaymentMethod method, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(method);
        button.setToggleGroup(methods);
        button.setFocusTraversable(false);
        button.setOnAction(e -> {
            viewModel.payment().methodProperty().set(method);
            selectMethod(viewModel.payment().methodProperty().get());
        });
        return button;
    }

    private void selectMethod(PaymentMethod method) {
        methods.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == method));
    }

    private void showFor(VBox box, PaymentMethod method) {
        box.visibleProperty().bind(viewModel.payment().methodProperty().isEqualTo(method));
        box.managedProperty().bind(box.visibleProperty());
    }

    private VBox receiptPane() {
        PaymentViewModel payment = viewModel.payment();
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
        Button next = new Button("Next customer (Esc)");
        next.setId("newSale");
        next.setOnAction(e -> nextCustomer());
        Label status = Forms.notice("printStatus");
        status.textProperty().bind(printing.statusProperty());
        HBox buttons = new HBox(print, save, next);
        buttons.getStyleClass().add("actions");
        VBox pane = new VBox(sold, change, detail, buttons, status);
        pane.setId("receiptPane");
        pane.getStyleClass().add("receipt-pane");
        pane.setAlignment(Pos.TOP_LEFT);
        pane.visibleProperty().bind(payment.receiptProperty().isNotNull());
        pane.visibleProperty().addListener((observable, before, after) -> {
            if (after) {
                next.requestFocus();
            }
        });
        return pane;
    }

    private void printTickets() {
        SaleReceipt receipt = viewModel.payment().getReceipt();
        if (receipt != null) {
            printing.print(receipt.order().id());
        }
    }

    private void saveTickets() {
        SaleReceipt receipt = viewModel.payment().getReceipt();
        if (receipt != null) {
            saveRequest.accept(receipt);
        }
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
            saveTickets();
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (code == KeyCode.F2) {
            search.requestFocus();
            search.selectAll();
        } else if (code == KeyCode.F3) {
            focusTypes();
        } else if (code == KeyCode.F4 && !sold) {
            viewModel.payment().methodProperty().set(PaymentMethod.CASH);
            tendered.requestFocus();
        } else if (code == KeyCode.F7 && !sold) {
            viewModel.payment().methodProperty().set(PaymentMethod.CARD_TERMINAL);
            terminalReference.requestFocus();
        } else if (code == KeyCode.F9 && !sold) {
            viewModel.payment().methodProperty().set(PaymentMethod.COMPLIMENTARY);
            if (viewModel.payment().methodProperty().get() == PaymentMethod.COMPLIMENTARY) {
                reason.requestFocus();
            }
        } else if (code == KeyCode.F5 && !sold) {
            viewModel.cart().retakeHold();
        } else if (code == KeyCode.F8 && sold) {
            printTickets();
        } else if (code == KeyCode.ENTER && !sold && types.isFocused()) {
            tendered.requestFocus();
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
