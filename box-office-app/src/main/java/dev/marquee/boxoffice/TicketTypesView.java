package dev.marquee.boxoffice;

import dev.marquee.model.catalog.EventView;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sale screen's middle column: the chosen event's ticket types, what is left of each and how many are in the cart.
 * The selected type is the one the quantity keys change; Del removes it from the cart.
 */
final class TicketTypesView extends VBox {

    /** Marks the cells of the "In cart" column that show a quantity. */
    static final PseudoClass IN_CART = PseudoClass.getPseudoClass("in-cart");
    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");

    private final TableView<TicketTypeRow> types = new TableView<>();

    TicketTypesView(EventPickerViewModel picker, CartViewModel cart) {
        Label title = Forms.heading("Choose an event");
        title.setId("eventTitle");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            EventView event = picker.getSelectedEvent();
            return event == null ? "Choose an event" : event.title() + " — " + EventPickerView.WHEN.format(event.startsAt());
        }, picker.selectedEventProperty()));

        types.setId("ticketTypes");
        types.setItems(picker.ticketTypes());
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
        inCart.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cart.lines().stream()
                .filter(line -> line.type().id().equals(cell.getValue().id())).findFirst()
                .map(line -> Integer.toString(line.getQuantity())).orElse(""), cart.lines()));
        inCart.setCellFactory(column -> new InCartCell());
        types.getColumns().addAll(name, price, available, inCart);
        types.setRowFactory(table -> soldOutAware(new TableRow<>()));
        cart.selectedTypeProperty().bind(types.getSelectionModel().selectedItemProperty());
        // The types arrive after the event was chosen: select the first, so the first digit typed already counts.
        types.getItems().addListener((ListChangeListener<TicketTypeRow>) change -> selectFirstIfNone());
        types.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                cart.removeSelected();
                e.consume();
            }
        });
        VBox.setVgrow(types, Priority.ALWAYS);
        Label hint = new Label("Type a number for the quantity of the selected type, + or − to change it by one, Del to remove it.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title, types, hint);
        getStyleClass().add("types-column");
    }

    /** Puts the cursor on the ticket types, on the first if none is selected yet. */
    void focusTypes() {
        types.requestFocus();
        selectFirstIfNone();
    }

    /** Whether the ticket types have the keyboard. */
    boolean hasFocus() {
        return types.isFocused();
    }

    private void selectFirstIfNone() {
        if (types.getSelectionModel().isEmpty() && !types.getItems().isEmpty()) {
            types.getSelectionModel().selectFirst();
            types.getFocusModel().focus(0);
        }
    }

    private static TableRow<TicketTypeRow> soldOutAware(TableRow<TicketTypeRow> row) {
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
    }

    /** A quantity in the cart, emphasised; cells are reused, so the state is a pseudo-class, switched, never added again. */
    static final class InCartCell extends TableCell<TicketTypeRow, String> {

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            pseudoClassStateChanged(IN_CART, !empty && item != null && !item.isEmpty());
        }
    }
}
