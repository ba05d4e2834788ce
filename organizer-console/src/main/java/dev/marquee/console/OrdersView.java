package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Orders of the event: search, details with tickets, refund and reissue, and CSV exports. */
public final class OrdersView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private final OrdersViewModel viewModel;
    private Function<String, Optional<Path>> saveFileChooser = this::chooseFile;

    public OrdersView(OrdersViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(8);
        TextField query = Forms.field("orderSearch", "Order code, buyer email or name");
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.setOnAction(event -> viewModel.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button search = new Button("Search");
        search.setOnAction(event -> viewModel.search());
        Button exportOrders = new Button("Export orders (CSV)…");
        exportOrders.setId("exportOrders");
        exportOrders.setOnAction(event -> export(OrdersViewModel.Export.ORDERS));
        Button exportAttendees = new Button("Export attendees (CSV)…");
        exportAttendees.setId("exportAttendees");
        exportAttendees.setOnAction(event -> export(OrdersViewModel.Export.ATTENDEES));

        TableView<OrderView> table = new TableView<>(viewModel.orders());
        table.setId("orderTable");
        table.getColumns().add(column("Code", OrderView::code));
        table.getColumns().add(column("Status", OrderView::status));
        table.getColumns().add(column("Buyer", o -> o.buyerName() == null ? "" : o.buyerName()));
        table.getColumns().add(column("Email", o -> o.buyerEmail() == null ? "" : o.buyerEmail()));
        table.getColumns().add(column("Tickets", o -> o.tickets().size()));
        table.getColumns().add(column("Total", OrderView::total));
        table.getColumns().add(column("Refunded", OrderView::refunded));
        table.getColumns().add(column("Channel", OrderView::channel));
        table.getColumns().add(column("Placed", o -> WHEN.format(o.createdAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> viewModel.selectedProperty().set(after));
        VBox.setVgrow(table, Priority.ALWAYS);

        ListView<OrderTicketView> tickets = new ListView<>();
        tickets.setId("orderTickets");
        tickets.setPrefHeight(140);
        tickets.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tickets.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OrderTicketView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.typeName() + " · " + item.price() + " · " + item.status() + " · serial " + item.serial()
                        + (item.holderName() == null ? "" : " · " + item.holderName()));
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> tickets.getItems().setAll(after == null ? List.of() : after.tickets()));

        Button refundSelected = new Button("Refund selected tickets…");
        refundSelected.setId("refundTickets");
        refundSelected.disableProperty().bind(tickets.getSelectionModel().selectedItemProperty().isNull());
        refundSelected.setOnAction(event -> refund(List.copyOf(tickets.getSelectionModel().getSelectedItems())));
        Button refundAll = new Button("Refund whole order…");
        refundAll.setId("refundOrder");
        refundAll.getStyleClass().add("danger");
        refundAll.disableProperty().bind(viewModel.selectedProperty().isNull());
        refundAll.setOnAction(event -> refund(List.of()));
        Button reissue = new Button("Reissue ticket…");
        reissue.setId("reissueTicket");
        reissue.disableProperty().bind(tickets.getSelectionModel().selectedItemProperty().isNull());
        reissue.setOnAction(event -> {
            OrderTicketView ticket = tickets.getSelectionModel().getSelectedItem();
            if (Forms.confirm(this, "Reissue this ticket?", "The ticket gets a new QR code; the old one stops admitting at once.", "Reissue")) {
                viewModel.reissue(ticket.id());
            }
        });
        Label noResend = new Label("Resending tickets by email is not available yet: Marquee sends no email so far.");
        noResend.getStyleClass().add("text-muted");

        getChildren().addAll(new HBox(8, query, search, exportOrders, exportAttendees), table, new Label("Tickets of the selected order"), tickets,
                new HBox(8, refundSelected, refundAll, reissue), noResend, ErrorPresenter.inlineLabel(viewModel.errorProperty()),
                Forms.messageLabel("ordersMessage", viewModel.messageProperty()));
    }

    /** Replaces the save dialog, for tests that cannot drive a native file chooser. */
    public void setSaveFileChooser(Function<String, Optional<Path>> chooser) {
        this.saveFileChooser = chooser;
    }

    private void refund(List<OrderTicketView> tickets) {
        if (viewModel.selectedProperty().get() == null) {
            return;
        }
        if (Forms.confirm(this, "Refund?", viewModel.refundText(tickets), "Refund")) {
            List<TicketId> ids = tickets.stream().map(OrderTicketView::id).toList();
            viewModel.refund(ids, "Refunded by the organizer");
        }
    }

    private void export(OrdersViewModel.Export what) {
        if (viewModel.eventId() == null) {
            return;
        }
        saveFileChooser.apply(what.fileName(viewModel.eventId())).ifPresent(file -> viewModel.export(what, file));
    }

    private Optional<Path> chooseFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save CSV");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(File::toPath);
    }

    private static <T> TableColumn<OrderView, Object> column(String title, Function<OrderView, T> value) {
        TableColumn<OrderView, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
