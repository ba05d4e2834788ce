package dev.marquee.boxoffice;

import dev.marquee.model.Money;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** So many tickets of one type in the cart. */
public final class CartLine {

    private final TicketTypeRow type;
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity");
    private final ObjectBinding<Money> lineTotal;

    CartLine(TicketTypeRow type, int quantity) {
        this.type = type;
        this.quantity.set(quantity);
        this.lineTotal = Bindings.createObjectBinding(() -> type.price().times(this.quantity.get()), this.quantity);
    }

    public TicketTypeRow type() {
        return type;
    }

    public ReadOnlyIntegerProperty quantityProperty() {
        return quantity;
    }

    public int getQuantity() {
        return quantity.get();
    }

    void setQuantity(int value) {
        quantity.set(value);
    }

    public Money getLineTotal() {
        return lineTotal.get();
    }
}
