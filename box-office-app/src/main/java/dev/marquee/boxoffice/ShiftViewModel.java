package dev.marquee.boxoffice;

import dev.marquee.client.ApiException;
import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.Money;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The seller's shift at a till. Selling needs an open shift: the view model picks up one the server already has for
 * this seller, or opens one with the till's name (remembered) and the cash float.
 */
public final class ShiftViewModel {

    /** Where the till's name is remembered. */
    public static final String TILL_KEY = "shift.till";

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final Preferences preferences;
    private final String currency;
    private final StringProperty till = new SimpleStringProperty(this, "till");
    private final StringProperty openingFloat = new SimpleStringProperty(this, "openingFloat", "");
    private final ReadOnlyObjectWrapper<ShiftView> shift = new ReadOnlyObjectWrapper<>(this, "shift");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private IdempotencyKey openKey;
    private OpenShiftRequest openRequest;

    /**
     * @param currency the currency of the cash drawer, such as EUR
     */
    public ShiftViewModel(BoxOfficeServer server, BackgroundTasks tasks, Preferences preferences, String currency) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.currency = Objects.requireNonNull(currency, "currency");
        till.set(preferences.get(TILL_KEY, "Counter 1"));
    }

    /** Asks the server whether this seller already has an open shift, and takes it over if so. */
    public void findOpenShift() {
        busy.set(true);
        tasks.run(server::currentShift, found -> {
            busy.set(false);
            found.ifPresent(shift::set);
        }, failure -> {
            busy.set(false);
            error.set(ErrorPresenter.describe(failure).detail());
        });
    }

    /**
     * Opens a shift with the till name and float entered, unless one is missing ({@link #errorProperty() error} says
     * which). Should the server say a shift is already open, that one is used.
     *
     * @return whether the request was sent
     */
    public boolean open() {
        if (busy.get()) {
            return false;
        }
        String name = till.get() == null ? "" : till.get().trim();
        if (name.isEmpty()) {
            error.set("Enter the till's name, such as Counter 1.");
            return false;
        }
        Optional<Money> amount = Amounts.parse(openingFloat.get(), currency);
        if (amount.isEmpty() || amount.get().isNegative()) {
            error.set("Enter the cash in the drawer at the start, such as 200 or 0.");
            return false;
        }
        OpenShiftRequest request = new OpenShiftRequest(name, amount.get(), null);
        if (!request.equals(openRequest)) {
            openRequest = request;
            openKey = IdempotencyKey.next();
        }
        IdempotencyKey key = openKey;
        error.set("");
        busy.set(true);
        tasks.run(() -> {
            try {
                return server.openShift(request, key);
            } catch (ApiException e) {
                if (e.status() == 409) {
                    Optional<ShiftView> already = server.currentShift();
                    if (already.isPresent()) {
                        return already.get();
                    }
                }
                throw e;
            }
        }, opened -> {
            busy.set(false);
            preferences.put(TILL_KEY, name);
            openRequest = null;
            shift.set(opened);
        }, failure -> {
            busy.set(false);
            error.set(ErrorPresenter.describe(failure).detail());
        });
        return true;
    }

    /** Forgets the shift after it was closed. */
    public void closed() {
        shift.set(null);
        openingFloat.set("");
    }

    public String currency() {
        return currency;
    }

    public StringProperty tillProperty() {
        return till;
    }

    public StringProperty openingFloatProperty() {
        return openingFloat;
    }

    /** The open shift, or {@code null} while there is none and nothing can be sold. */
    public ReadOnlyObjectProperty<ShiftView> shiftProperty() {
        return shift.getReadOnlyProperty();
    }

    public ShiftView getShift() {
        return shift.get();
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
