package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.client.fx.QrCodeView;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.GateView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Check-in lists and gates, and the kiosks: pair one with a code (text and QR), see last contact, revoke. */
public final class CheckInView extends HBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss").withZone(ZoneId.systemDefault());

    public CheckInView(CheckInSetupViewModel viewModel) {
        setSpacing(16);
        ListView<CheckInListView> lists = new ListView<>(viewModel.lists());
        lists.setId("checkInLists");
        lists.setPrefHeight(150);
        lists.setPlaceholder(new Label("No check-in lists for this event yet."));
        lists.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CheckInListView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " · " + item.ticketTypeIds().size() + " ticket types"
                        + (item.allowReentry() ? " · re-entry allowed" : ""));
            }
        });
        TextField listName = Forms.field("listName", "Main entrance");
        listName.textProperty().bindBidirectional(viewModel.listNameProperty());
        CheckBox exit = new CheckBox("Scan exits");
        exit.selectedProperty().bindBidirectional(viewModel.allowExitProperty());
        CheckBox reentry = new CheckBox("Allow re-entry");
        reentry.selectedProperty().bindBidirectional(viewModel.allowReentryProperty());
        Button createList = new Button("Create list");
        createList.setId("createList");
        createList.setOnAction(event -> viewModel.createList());

        ListView<GateView> gates = new ListView<>(viewModel.gates());
        gates.setId("gateList");
        gates.setPrefHeight(120);
        gates.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(GateView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        TextField gateName = Forms.field("gateName", "North door");
        gateName.textProperty().bindBidirectional(viewModel.gateNameProperty());
        Button createGate = new Button("Create gate");
        createGate.setId("createGate");
        createGate.setOnAction(event -> viewModel.createGate());

        VBox setup = new VBox(8, heading("Check-in lists of this event"), lists, new HBox(8, listName, exit, reentry, createList),
                heading("Gates"), gates, new HBox(8, gateName, createGate));
        HBox.setHgrow(setup, Priority.ALWAYS);

        TableView<DeviceView> devices = new TableView<>(viewModel.devices());
        devices.setId("deviceTable");
        devices.getColumns().add(column("Kiosk", DeviceView::name));
        devices.getColumns().add(column("Paired", d -> time(d.pairedAt())));
        devices.getColumns().add(column("Last seen", d -> d.lastSeenAt() == null ? "never" : time(d.lastSeenAt())));
        devices.getColumns().add(column("State", d -> d.revokedAt() == null ? "active" : "revoked " + time(d.revokedAt())));
        devices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        devices.setPrefHeight(180);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(event -> viewModel.refreshDevices());
        Button revoke = new Button("Revoke…");
        revoke.setId("revokeDevice");
        revoke.getStyleClass().add("danger");
        revoke.disableProperty().bind(devices.getSelectionModel().selectedItemProperty().isNull());
        revoke.setOnAction(event -> {
            DeviceView device = devices.getSelectionModel().getSelectedItem();
            if (Forms.confirm(this, "Revoke this kiosk?", "\"" + device.name() + "\" will no longer sync tickets or admit anyone until it is paired again.",
                    "Revoke")) {
                viewModel.revoke(device);
            }
        });

        TextField deviceName = Forms.field("deviceName", "Gate A tablet");
        deviceName.textProperty().bindBidirectional(viewModel.deviceNameProperty());
        Button pair = new Button("Create pairing code");
        pair.setId("createPairingCode");
        pair.getStyleClass().add("accent");
        pair.setOnAction(event -> viewModel.createPairingCode());
        Label code = new Label();
        code.setId("pairingCode");
        code.getStyleClass().add("pairing-code");
        code.textProperty().bind(viewModel.pairingCodeProperty().map(c -> c.code()).orElse(""));
        Label expires = new Label();
        expires.textProperty().bind(viewModel.pairingCodeProperty().map(c -> "for " + c.deviceName() + ", valid until " + time(c.expiresAt()))
                .orElse(""));
        QrCodeView qr = new QrCodeView();
        qr.setId("pairingQr");
        qr.textProperty().bind(viewModel.pairingCodeProperty().map(c -> c.code()).orElse(""));
        qr.setPrefSize(180, 180);
        qr.visibleProperty().bind(viewModel.pairingCodeProperty().isNotNull());

        VBox kiosks = new VBox(8, heading("Kiosks"), devices, new HBox(8, refresh, revoke), heading("Pair a new kiosk"),
                new HBox(8, deviceName, pair), code, expires, qr, ErrorPresenter.inlineLabel(viewModel.errorProperty()),
                Forms.messageLabel("checkInMessage", viewModel.messageProperty()));
        kiosks.setPrefWidth(460);
        getChildren().addAll(setup, kiosks);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static <T> TableColumn<DeviceView, Object> column(String title, Function<DeviceView, T> value) {
        TableColumn<DeviceView, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
