package dev.marquee.boxoffice;

import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding an order by code, email or name and acting on it: refund it whole or ticket by ticket, reissue a ticket
 * (its old QR code stops working), print it again.
 */
public final class OrdersViewModel {

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty refundReason = new SimpleStringProperty(this, "refundReason", "");
    private final ObservableList<OrderView> results = FXCollections.observableArrayList();
    private final ObjectProperty<OrderView> selectedOrder = new SimpleObjectProperty<>(this, "selectedOrder");
    private final ObjectProperty<OrderTicketView> selectedTicket = new SimpleObjectProperty<>(this, "selectedTicket");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Action lastAction;

    public OrdersViewModel(BoxOfficeServer server, BackgroundTasks tasks) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Finds the orders whose code, buyer email or name matches. */
    public void search() {
        String text = query.get() == null ? "" : query.get().trim();
        if (text.isEmpty()) {
            error.set("Type an order code, an email address or a name.");
            return;
        }
        run(() -> server.findOrders(text), found -> {
            results.setAll(found);
            notice.set(found.isEmpty() ? "No order matches '" + text + "'." : "");
            if (found.size() == 1) {
                selectedOrder.set(found.getFirst());
            }
        });
    }

    /** Refunds every valid ticket of the selected order. */
    public boolean refundOrder() {
        OrderView order = selectedOrder.get();
        if (order == null) {
            error.set("Choose an order first.");
            return false;
        }
        return refund(order, List.of(), "Refunded " + order.code() + ".");
    }

    /** Refunds the selected ticket only. */
    public boolean refundTicket() {
        OrderView order = selectedOrder.get();
        OrderTicketView ticket = selectedTicket.get();
        if (order == null || ticket == null) {
            error.set("Choose the ticket to refund first.");
            return false;
        }
        if (ticket.status() != TicketStatus.VALID) {
            error.set("This ticket was already refunded or replaced.");
            return false;
        }
        return refund(order, List.of(ticket.id()), "Refunded one " + ticket.typeName() + " ticket of " + order.code() + ".");
    }

    /** Gives the selected ticket a new QR code; the old one stops working at the gate. */
    public boolean reissueTicket() {
        OrderView order = selectedOrder.get();
        OrderTicketView ticket = selectedTicket.get();
        if (order == null || ticket == null) {
            error.set("Choose the ticket to reissue first.");
            return false;
        }
        IdempotencyKey key = keyFor("reissue:" + order.id() + ":" + ticket.id() + ":" + ticket.serial());
        run(() -> {
            server.reissueTicket(order.id(), ticket.id(), key);
            return server.order(order.id());
        }, updated -> {
            lastAction = null;
            replace(updated);
            notice.set("Reissued the " + ticket.typeName() + " ticket: its old QR code no longer admits anyone. Print it again (F8).");
        });
        return true;
    }

    private boolean refund(OrderView order, List<TicketId> tickets, String done) {
        String why = refundReason.get() == null || refundReason.get().isBlank() ? null : refundReason.get().trim();
        RefundRequest request = new RefundRequest(tickets, why);
        IdempotencyKey key = keyFor("refund:" + order.id() + ":" + request);
        run(() -> server.refund(order.id(), request, key), updated -> {
            lastAction = null;
            replace(updated);
            notice.set(done + " " + Amounts.format(updated.refunded()) + " refunded in total on this order.");
        });
        return true;
    }

    /** The same action tried again keeps its key, so a retry after a lost answer is not carried out twice. */
    private IdempotencyKey keyFor(String action) {
        if (lastAction == null || !lastAction.what().equals(action)) {
            lastAction = new Action(action, IdempotencyKey.next());
        }
        return lastAction.key();
    }

    private void replace(OrderView updated) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).id().equals(updated.id())) {
                results.set(i, updated);
            }
        }
        selectedOrder.set(updated);
        selectedTicket.set(null);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        notice.set("");
        tasks.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(ErrorPresenter.describe(failure).detail());
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty refundReasonProperty() {
        return refundReason;
    }

    public ObservableList<OrderView> results() {
        return results;
    }

    public ObjectProperty<OrderView> selectedOrderProperty() {
        return selectedOrder;
    }

    public OrderView getSelectedOrder() {
        return selectedOrder.get();
    }

    public ObjectProperty<OrderTicketView> selectedTicketProperty() {
        return selectedTicket;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** What the last action did, in words. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String getNotice() {
        return notice.get();
    }

    private record Action(String what, IdempotencyKey key) {
    }
}
