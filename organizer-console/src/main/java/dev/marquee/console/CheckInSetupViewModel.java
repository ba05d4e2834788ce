package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.checkin.GateView;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.PairingCodeView;
import dev.marquee.model.inventory.TicketTypeView;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Getting ready for the doors: check-in lists of the event, the organizer's gates, and the kiosks paired with the
 * organizer (pair a new one with a short code, see when each was last seen, revoke one).
 */
public final class CheckInSetupViewModel {

    private final ConsoleContext context;
    private EventId eventId;
    private final ObservableList<CheckInListView> lists = FXCollections.observableArrayList();
    private final ObservableList<GateView> gates = FXCollections.observableArrayList();
    private final ObservableList<DeviceView> devices = FXCollections.observableArrayList();
    private final StringProperty listName = new SimpleStringProperty(this, "listName", "");
    private final BooleanProperty allowExit = new SimpleBooleanProperty(this, "allowExit", true);
    private final BooleanProperty allowReentry = new SimpleBooleanProperty(this, "allowReentry", true);
    private final StringProperty gateName = new SimpleStringProperty(this, "gateName", "");
    private final StringProperty deviceName = new SimpleStringProperty(this, "deviceName", "");
    private final ReadOnlyObjectWrapper<PairingCodeView> pairingCode = new ReadOnlyObjectWrapper<>(this, "pairingCode");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CheckInSetupViewModel(ConsoleContext context) {
        this.context = context;
    }

    /** Shows the lists of an event (none when {@code null}) and the organizer's gates and kiosks. */
    public void open(EventId event) {
        this.eventId = event;
        lists.clear();
        refresh();
    }

    /** Reloads lists, gates and kiosks. */
    public void refresh() {
        EventId event = eventId;
        if (event != null) {
            context.tasks().run(() -> context.client().checkIn().lists(event), lists::setAll, this::fail);
        }
        context.tasks().run(() -> context.client().checkIn().gates(context.organizerId()), gates::setAll, this::fail);
        refreshDevices();
    }

    /** Reloads the kiosks, with when each was last seen. */
    public void refreshDevices() {
        context.tasks().run(() -> context.client().devices().devices(context.organizerId()), devices::setAll, this::fail);
    }

    /** Creates a check-in list admitting every ticket type of the event. */
    public void createList() {
        EventId event = eventId;
        String name = listName.get() == null ? "" : listName.get().trim();
        if (event == null || name.isEmpty()) {
            error.set(event == null ? "Choose an event first." : "Give the list a name, such as \"Main entrance\".");
            return;
        }
        boolean exit = allowExit.get();
        boolean reentry = allowReentry.get();
        context.tasks().run(() -> {
            Set<TicketTypeId> types = context.client().inventory().ticketTypes(event).stream().map(TicketTypeView::id).collect(Collectors.toSet());
            if (types.isEmpty()) {
                throw new IllegalStateException("no ticket types");
            }
            return context.client().checkIn().createList(event, new CheckInListRequest(name, types, null, null, exit, reentry));
        }, created -> {
            lists.add(created);
            listName.set("");
            done("Check-in list \"" + created.name() + "\" created for every ticket type.");
        }, failure -> {
            if (failure instanceof IllegalStateException) {
                error.set("The event has no ticket types yet; add them before setting up check-in.");
            } else {
                fail(failure);
            }
        });
    }

    /** Creates a gate of the organizer. */
    public void createGate() {
        String name = gateName.get() == null ? "" : gateName.get().trim();
        if (name.isEmpty()) {
            error.set("Give the gate a name, such as \"North door\".");
            return;
        }
        context.tasks().run(() -> context.client().checkIn().createGate(new GateRequest(context.organizerId(), name)), created -> {
            gates.add(created);
            gateName.set("");
            done("Gate \"" + created.name() + "\" created.");
        }, this::fail);
    }

    /** Makes a pairing code for a new kiosk; the kiosk enters it (or scans its QR code) to pair. */
    public void createPairingCode() {
        String name = deviceName.get() == null ? "" : deviceName.get().trim();
        if (name.isEmpty()) {
            error.set("Name the kiosk first, such as \"Gate A tablet\".");
            return;
        }
        context.tasks().run(() -> context.client().devices().createPairingCode(new PairingCodeRequest(context.organizerId(), name)), code -> {
            pairingCode.set(code);
            done("Enter this code on \"" + code.deviceName() + "\" before it expires.");
        }, this::fail);
    }

    /** Revokes a kiosk: it can no longer sync or scan. */
    public void revoke(DeviceView device) {
        context.tasks().run(() -> {
            context.client().devices().revoke(device.id());
            return device;
        }, revoked -> {
            done("\"" + revoked.name() + "\" is revoked.");
            refreshDevices();
        }, this::fail);
    }

    private void done(String text) {
        error.set("");
        message.set(text);
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        message.set("");
        error.set(ErrorPresenter.describe(failure).detail());
    }

    public ObservableList<CheckInListView> lists() {
        return lists;
    }

    public ObservableList<GateView> gates() {
        return gates;
    }

    public ObservableList<DeviceView> devices() {
        return devices;
    }

    public StringProperty listNameProperty() {
        return listName;
    }

    public BooleanProperty allowExitProperty() {
        return allowExit;
    }

    public BooleanProperty allowReentryProperty() {
        return allowReentry;
    }

    public StringProperty gateNameProperty() {
        return gateName;
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    public ReadOnlyObjectProperty<PairingCodeView> pairingCodeProperty() {
        return pairingCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
