package dev.marquee.boxoffice;

import dev.marquee.client.ConnectionState;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The box office's window: which screen shows, who sells at which till, and how the link to the server stands.
 * Without an open shift only the shift screen can be reached, since every sale and refund is counted against one.
 */
public final class MainViewModel {

    /** The screens of the window. */
    public enum Screen {
        OPEN_SHIFT, SELL, ORDERS, CLOSE_SHIFT
    }

    private final String username;
    private final ShiftViewModel shift;
    private final SaleViewModel sale;
    private final OrdersViewModel orders;
    private final CloseShiftViewModel closeShift;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.OPEN_SHIFT);
    private final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(this, "connection", ConnectionState.OFFLINE);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final StringBinding seller;
    private final StringBinding hints;

    public MainViewModel(String username, ShiftViewModel shift, SaleViewModel sale, OrdersViewModel orders, CloseShiftViewModel closeShift) {
        this.username = Objects.requireNonNull(username, "username");
        this.shift = Objects.requireNonNull(shift, "shift");
        this.sale = Objects.requireNonNull(sale, "sale");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.closeShift = Objects.requireNonNull(closeShift, "closeShift");
        seller = Bindings.createStringBinding(() -> shift.getShift() == null ? username + " · no shift open"
                : username + " · " + shift.getShift().till(), shift.shiftProperty());
        hints = Bindings.createStringBinding(() -> hintsFor(screen.get()), screen);
        shift.shiftProperty().addListener((observable, before, after) -> {
            if (after != null) {
                closeShift.clearReport();
                notice.set("");
                screen.set(Screen.SELL);
                sale.picker().search();
            } else {
                sale.startOver();
                screen.set(closeShift.getReport() != null ? Screen.CLOSE_SHIFT : Screen.OPEN_SHIFT);
            }
        });
    }

    /**
     * Shows a screen; selling and orders need an open shift, and {@link #noticeProperty() notice} says so. The shift
     * screen shows the open shift's close form, the last Z report, or the form to open one.
     */
    public void show(Screen target) {
        boolean open = shift.getShift() != null;
        if (target == Screen.OPEN_SHIFT || target == Screen.CLOSE_SHIFT) {
            notice.set("");
            screen.set(open || closeShift.getReport() != null ? Screen.CLOSE_SHIFT : Screen.OPEN_SHIFT);
            return;
        }
        if (!open) {
            notice.set("Open a shift first: every sale and refund is counted in a till's shift, so nothing can be sold without one.");
            closeShift.clearReport();
            screen.set(Screen.OPEN_SHIFT);
            return;
        }
        notice.set("");
        screen.set(target);
    }

    /** Leaves the last Z report for the form that opens the next shift. */
    public void startNewShift() {
        closeShift.clearReport();
        notice.set("");
        screen.set(shift.getShift() != null ? Screen.CLOSE_SHIFT : Screen.OPEN_SHIFT);
    }

    static String hintsFor(Screen screen) {
        String screens = "Ctrl+1 Sell · Ctrl+2 Orders · Ctrl+3 Shift";
        return switch (screen) {
            case OPEN_SHIFT -> "Enter Open shift · Tab next field · " + screens;
            case SELL -> "F2 Find event · F3 Ticket types · 0–9 quantity · +/− one more/less · Del remove · F5 Hold again · "
                    + "F4 Cash · F7 Card · F9 Comp · Enter Pay · F8 Print · Ctrl+S Save PDF · Esc Cancel sale · " + screens;
            case ORDERS -> "F2 Find order · Enter Search · F10 Refund order · F11 Refund ticket · F12 Reissue ticket · F8 Print · "
                    + "Ctrl+S Save PDF · " + screens;
            case CLOSE_SHIFT -> "Enter Close shift · F8 Print Z report · " + screens;
        };
    }

    public String username() {
        return username;
    }

    public ShiftViewModel shift() {
        return shift;
    }

    public SaleViewModel sale() {
        return sale;
    }

    public OrdersViewModel orders() {
        return orders;
    }

    public CloseShiftViewModel closeShift() {
        return closeShift;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen getScreen() {
        return screen.get();
    }

    /** The link to the server, fed from the live-update connection. */
    public ObjectProperty<ConnectionState> connectionProperty() {
        return connection;
    }

    /** Who sells at which till. */
    public StringBinding sellerBinding() {
        return seller;
    }

    /** The shortcuts of the screen shown. */
    public StringBinding hintsBinding() {
        return hints;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
