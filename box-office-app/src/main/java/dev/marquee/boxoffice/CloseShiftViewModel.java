package dev.marquee.boxoffice;

import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.Money;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Closing the shift: the seller counts the drawer, the server answers with the Z report. */
public final class CloseShiftViewModel {

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final ShiftViewModel shift;
    private final StringProperty countedCash = new SimpleStringProperty(this, "countedCash", "");
    private final ReadOnlyObjectWrapper<ZReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private IdempotencyKey key;
    private CloseShiftRequest keyedRequest;

    public CloseShiftViewModel(BoxOfficeServer server, BackgroundTasks tasks, ShiftViewModel shift) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.shift = Objects.requireNonNull(shift, "shift");
    }

    /**
     * Closes the open shift with the counted cash; the report then shows expected against counted.
     *
     * @return whether the request was sent
     */
    public boolean close() {
        ShiftView open = shift.getShift();
        if (busy.get()) {
            return false;
        }
        if (open == null) {
            error.set("No shift is open at this till.");
            return false;
        }
        Optional<Money> counted = Amounts.parse(countedCash.get(), open.openingFloat().currencyCode());
        if (counted.isEmpty() || counted.get().isNegative()) {
            error.set("Count the cash in the drawer and enter it, such as 239.00.");
            return false;
        }
        CloseShiftRequest request = new CloseShiftRequest(counted.get());
        if (!request.equals(keyedRequest)) {
            keyedRequest = request;
            key = IdempotencyKey.next();
        }
        IdempotencyKey attemptKey = key;
        error.set("");
        busy.set(true);
        tasks.run(() -> server.closeShift(open.id(), request, attemptKey), closed -> {
            busy.set(false);
            keyedRequest = null;
            countedCash.set("");
            report.set(closed);
            shift.closed();
        }, failure -> {
            busy.set(false);
            error.set(ErrorPresenter.describe(failure).detail());
        });
        return true;
    }

    /** Forgets the last report, as when a new shift opens. */
    public void clearReport() {
        report.set(null);
    }

    public StringProperty countedCashProperty() {
        return countedCash;
    }

    /** The Z report of the shift just closed, or {@code null}. */
    public ReadOnlyObjectProperty<ZReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ZReport getReport() {
        return report.get();
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
}
