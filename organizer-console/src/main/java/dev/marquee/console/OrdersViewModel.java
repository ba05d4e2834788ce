package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The orders of one event: search by code, email or name; refund or cancel an order, reissue a ticket; export orders
 * and attendees as the server's CSV. There is no email yet, so tickets cannot be resent from here.
 */
public final class OrdersViewModel {

    /** What to export. */
    public enum Export {
        ORDERS("orders"),
        ATTENDEES("attendees");

        private final String fileName;

        Export(String fileName) {
            this.fileName = fileName;
        }

        /** A suggested file name. */
        public String fileName(EventId event) {
            return fileName + "-" + event + ".csv";
        }
    }

    private static final int LIMIT = 200;

    private final ConsoleContext context;
    private EventId eventId;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<OrderView> orders = FXCollections.observableArrayList();
    private final ObjectProperty<OrderView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public OrdersViewModel(ConsoleContext context) {
        this.context = context;
    }

    /** Shows the orders of an event. */
    public void open(EventId event) {
        this.eventId = event;
        orders.clear();
        selected.set(null);
        message.set("");
        error.set("");
        if (event != null) {
            search();
        }
    }

    /** Finds the event's orders matching the query (all when empty). */
    public void search() {
        EventId event = eventId;
        String text = query.get() == null || query.get().isBlank() ? null : query.get().trim();
        context.tasks().run(() -> context.client().orders().find(text, event, LIMIT), found -> {
            orders.setAll(found);
            error.set("");
        }, this::fail);
    }

    /** The tickets of the selected order that can still be refunded. */
    public List<OrderTicketView> refundableTickets() {
        OrderView order = selected.get();
        return order == null ? List.of() : order.tickets().stream().filter(t -> t.status() == TicketStatus.VALID).toList();
    }

    /** What a refund of these tickets (all valid ones when empty) does, for the confirmation. */
    public String refundText(List<OrderTicketView> tickets) {
        OrderView order = selected.get();
        List<OrderTicketView> refunded = tickets.isEmpty() ? refundableTickets() : tickets;
        return "Refund " + refunded.size() + (refunded.size() == 1 ? " ticket" : " tickets") + " of order " + order.code() + "? "
                + "Their QR codes stop working at once and the places go back on sale.";
    }

    /** Refunds tickets of the selected order; an empty list refunds every valid ticket. */
    public void refund(List<TicketId> tickets, String reason) {
        OrderView order = selected.get();
        context.tasks().run(() -> context.client().orders().refund(order.id(), new RefundRequest(tickets, reason)), after -> {
            replace(after);
            message.set("Refunded " + after.refunded() + " on order " + after.code() + ".");
        }, this::fail);
    }

    /** Gives a ticket a new serial: its old QR code stops working, the new one works. */
    public void reissue(TicketId ticket) {
        OrderView order = selected.get();
        context.tasks().run(() -> {
            context.client().orders().reissueTicket(order.id(), ticket);
            return context.client().orders().order(order.id());
        }, after -> {
            replace(after);
            message.set("Ticket reissued. Hand or send the buyer the new QR code; the old one no longer admits.");
        }, this::fail);
    }

    /**
     * Saves the server's CSV to a file.
     *
     * @param what which export
     * @param file where the person chose to save it
     */
    public void export(Export what, Path file) {
        EventId event = eventId;
        context.tasks().run(() -> {
            String csv = what == Export.ORDERS ? context.client().reports().ordersCsv(event) : context.client().reports().attendeesCsv(event);
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return csv.lines().count() - 1;
        }, rows -> message.set("Saved " + rows + (what == Export.ORDERS ? " orders" : " tickets") + " to " + file.getFileName() + "."),
                this::fail);
    }

    /** The event whose orders are shown. */
    public EventId eventId() {
        return eventId;
    }

    private void replace(OrderView after) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(after.id())) {
                orders.set(i, after);
            }
        }
        selected.set(after);
        error.set("");
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        message.set("");
        error.set(ErrorPresenter.describe(failure).detail());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<OrderView> orders() {
        return orders;
    }

    public ObjectProperty<OrderView> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
