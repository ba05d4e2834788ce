package dev.marquee.console;

import dev.marquee.client.ConflictException;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.QuotaId;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The ticket types of one event (price, capacity, sale window, per-order limit, visibility) and the quotas they
 * share. Capacity can never go below what is already sold or held: the form says so before the server has to.
 */
public final class TicketTypesViewModel {

    /** How sale window times are written, in the event's time zone. */
    public static final DateTimeFormatter WINDOW_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsoleContext context;
    private EventView event;

    private final ObservableList<TicketTypeView> types = FXCollections.observableArrayList();
    private final ObservableList<QuotaView> quotas = FXCollections.observableArrayList();
    private final ObjectProperty<TicketTypeView> selectedType = new SimpleObjectProperty<>(this, "selectedType");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "EUR");
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    private final StringProperty saleStarts = new SimpleStringProperty(this, "saleStarts", "");
    private final StringProperty saleEnds = new SimpleStringProperty(this, "saleEnds", "");
    private final StringProperty maxPerOrder = new SimpleStringProperty(this, "maxPerOrder", "10");
    private final ObjectProperty<Visibility> visibility = new SimpleObjectProperty<>(this, "visibility", Visibility.PUBLIC);
    private final ObservableSet<QuotaId> typeQuotas = FXCollections.observableSet();

    private final ObjectProperty<QuotaView> selectedQuota = new SimpleObjectProperty<>(this, "selectedQuota");
    private final StringProperty quotaName = new SimpleStringProperty(this, "quotaName", "");
    private final StringProperty quotaCapacity = new SimpleStringProperty(this, "quotaCapacity", "");

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public TicketTypesViewModel(ConsoleContext context) {
        this.context = context;
        selectedType.addListener((observable, before, after) -> fillType(after));
        selectedQuota.addListener((observable, before, after) -> fillQuota(after));
    }

    /** Shows the ticket types and quotas of an event, or nothing. */
    public void open(EventView newEvent) {
        this.event = newEvent;
        selectedType.set(null);
        selectedQuota.set(null);
        fillType(null);
        fillQuota(null);
        types.clear();
        quotas.clear();
        if (newEvent != null) {
            refresh();
        }
    }

    /** Reloads both lists from the server. */
    public void refresh() {
        EventId id = event.id();
        context.tasks().run(() -> new Loaded(context.client().inventory().ticketTypes(id), context.client().inventory().quotas(id)), loaded -> {
            types.setAll(loaded.types());
            quotas.setAll(loaded.quotas());
        }, this::fail);
    }

    /** Clears the form for a new ticket type. */
    public void newType() {
        selectedType.set(null);
        fillType(null);
    }

    /** Creates the ticket type, or saves the changes to the selected one. */
    public void saveType() {
        TicketTypeView current = selectedType.get();
        TicketTypeRequest request;
        try {
            request = typeRequest(current);
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        EventId id = event.id();
        context.tasks().run(() -> current == null ? context.client().inventory().createTicketType(id, request)
                : context.client().inventory().updateTicketType(id, current.id(), request), saved -> {
                    message.set("Saved ticket type \"" + saved.name() + "\".");
                    error.set("");
                    refresh();
                    selectedType.set(null);
                }, this::fail);
    }

    /** Clears the quota form for a new quota. */
    public void newQuota() {
        selectedQuota.set(null);
        fillQuota(null);
    }

    /** Creates the quota, or saves the changes to the selected one. */
    public void saveQuota() {
        QuotaView current = selectedQuota.get();
        QuotaRequest request;
        try {
            int newCapacity = whole(quotaCapacity.get(), "The quota's capacity");
            if (quotaName.get() == null || quotaName.get().isBlank()) {
                throw new IllegalArgumentException("Give the quota a name, such as \"Hall\".");
            }
            if (current != null && newCapacity < current.sold() + current.held()) {
                throw new IllegalArgumentException(belowSold(current.sold(), current.held()));
            }
            request = new QuotaRequest(quotaName.get().trim(), newCapacity);
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        EventId id = event.id();
        context.tasks().run(() -> current == null ? context.client().inventory().createQuota(id, request)
                : context.client().inventory().updateQuota(id, current.id(), request), saved -> {
                    message.set("Saved quota \"" + saved.name() + "\".");
                    error.set("");
                    refresh();
                    selectedQuota.set(null);
                }, this::fail);
    }

    TicketTypeRequest typeRequest(TicketTypeView current) {
        if (name.get() == null || name.get().isBlank()) {
            throw new IllegalArgumentException("Give the ticket type a name, such as \"Standing\".");
        }
        Money money;
        try {
            money = Money.parse(price.get() == null || price.get().isBlank() ? "" : price.get(), currency.get());
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw new IllegalArgumentException("Write the price as an amount, such as 39.00, with a currency such as EUR.", bad);
        }
        if (money.isNegative()) {
            throw new IllegalArgumentException("The price cannot be negative.");
        }
        int newCapacity = whole(capacity.get(), "The capacity");
        if (current != null && newCapacity < current.sold() + current.held()) {
            throw new IllegalArgumentException(belowSold(current.sold(), current.held()));
        }
        int limit = whole(maxPerOrder.get(), "The per-order limit");
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("The per-order limit is 1 to 100 tickets.");
        }
        Instant starts = instant(saleStarts.get(), "sale start");
        Instant ends = instant(saleEnds.get(), "sale end");
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            throw new IllegalArgumentException("The sale must end after it starts.");
        }
        return new TicketTypeRequest(name.get().trim(), money, newCapacity, starts, ends, limit, visibility.get(), Set.copyOf(typeQuotas));
    }

    static String belowSold(int sold, int held) {
        return (sold + held) + " tickets are already sold or held (" + sold + " sold, " + held + " held), so the capacity cannot go below "
                + (sold + held) + ".";
    }

    private static int whole(String text, String what) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim());
            if (value < 0) {
                throw new IllegalArgumentException(what + " cannot be negative.");
            }
            return value;
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException(what + " must be a whole number, such as 500.", bad);
        }
    }

    private Instant instant(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), WINDOW_FORMAT).atZone(zone()).toInstant();
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("Write the " + what + " as year-month-day hours:minutes, such as 2026-12-01 10:00, or leave it empty.",
                    bad);
        }
    }

    private ZoneId zone() {
        return event == null ? ZoneId.systemDefault() : ZoneId.of(event.timeZone());
    }

    private String format(Instant instant) {
        return instant == null ? "" : WINDOW_FORMAT.format(instant.atZone(zone()));
    }

    private void fillType(TicketTypeView type) {
        name.set(type == null ? "" : type.name());
        price.set(type == null ? "" : type.price().toMajor().toPlainString());
        currency.set(type == null ? "EUR" : type.price().currencyCode());
        capacity.set(type == null ? "" : Integer.toString(type.capacity()));
        saleStarts.set(type == null ? "" : format(type.saleStartsAt()));
        saleEnds.set(type == null ? "" : format(type.saleEndsAt()));
        maxPerOrder.set(type == null ? "10" : Integer.toString(type.maxPerOrder()));
        visibility.set(type == null ? Visibility.PUBLIC : type.visibility());
        typeQuotas.clear();
        if (type != null && type.quotaIds() != null) {
            typeQuotas.addAll(new HashSet<>(type.quotaIds()));
        }
        error.set("");
    }

    private void fillQuota(QuotaView quota) {
        quotaName.set(quota == null ? "" : quota.name());
        quotaCapacity.set(quota == null ? "" : Integer.toString(quota.capacity()));
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        message.set("");
        String detail = ErrorPresenter.describe(failure).detail();
        error.set(failure instanceof ConflictException ? "The server refused: " + detail : detail);
    }

    private record Loaded(List<TicketTypeView> types, List<QuotaView> quotas) {
    }

    public ObservableList<TicketTypeView> types() {
        return types;
    }

    public ObservableList<QuotaView> quotas() {
        return quotas;
    }

    public ObjectProperty<TicketTypeView> selectedTypeProperty() {
        return selectedType;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty saleStartsProperty() {
        return saleStarts;
    }

    public StringProperty saleEndsProperty() {
        return saleEnds;
    }

    public StringProperty maxPerOrderProperty() {
        return maxPerOrder;
    }

    public ObjectProperty<Visibility> visibilityProperty() {
        return visibility;
    }

    /** The quotas the ticket type in the form counts against. */
    public ObservableSet<QuotaId> typeQuotas() {
        return typeQuotas;
    }

    public ObjectProperty<QuotaView> selectedQuotaProperty() {
        return selectedQuota;
    }

    public StringProperty quotaNameProperty() {
        return quotaName;
    }

    public StringProperty quotaCapacityProperty() {
        return quotaCapacity;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
