package dev.marquee.boxoffice;

import dev.marquee.model.Money;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.TicketTypeView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** One ticket type of the chosen event, with its availability kept live. */
public final class TicketTypeRow {

    private final TicketTypeView type;
    private final IntegerProperty available = new SimpleIntegerProperty(this, "available");
    private final BooleanBinding soldOut;

    TicketTypeRow(TicketTypeView type) {
        this.type = type;
        available.set(type.available());
        soldOut = Bindings.createBooleanBinding(() -> available.get() <= 0, available);
    }

    public TicketTypeId id() {
        return type.id();
    }

    public String name() {
        return type.name();
    }

    public Money price() {
        return type.price();
    }

    public int maxPerOrder() {
        return type.maxPerOrder();
    }

    /** Tickets still for sale, not counting those held by anyone, this counter included. */
    public ReadOnlyIntegerProperty availableProperty() {
        return available;
    }

    public int getAvailable() {
        return available.get();
    }

    void setAvailable(int value) {
        available.set(value);
    }

    public BooleanBinding soldOutBinding() {
        return soldOut;
    }

    public boolean isSoldOut() {
        return soldOut.get();
    }
}
