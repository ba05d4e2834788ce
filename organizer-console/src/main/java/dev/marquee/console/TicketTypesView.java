package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Ticket types of the event in a table with their form, and the quotas they share. */
public final class TicketTypesView extends HBox {

    private final TicketTypesViewModel viewModel;
    private final FlowPane quotaChoices = new FlowPane(10, 4);

    public TicketTypesView(TicketTypesViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(16);

        TableView<TicketTypeView> table = new TableView<>(viewModel.types());
        table.setId("ticketTypeTable");
        table.getColumns().add(column("Name", TicketTypeView::name));
        table.getColumns().add(column("Price", TicketTypeView::price));
        table.getColumns().add(column("Capacity", TicketTypeView::capacity));
        table.getColumns().add(column("Sold", TicketTypeView::sold));
        table.getColumns().add(column("Held", TicketTypeView::held));
        table.getColumns().add(column("Available", TicketTypeView::available));
        table.getColumns().add(column("Sold at", TicketTypeView::visibility));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedTypeProperty().set(after);
            }
        });
        viewModel.selectedTypeProperty().addListener((observable, before, after) -> {
            if (after == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        GridPane form = Forms.grid();
        TextField name = Forms.field("typeName", "Standing, VIP …");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        Forms.row(form, "Name", name);
        TextField price = Forms.field("typePrice", "39.00");
        price.textProperty().bindBidirectional(viewModel.priceProperty());
        TextField currency = Forms.field("typeCurrency", "EUR");
        currency.setPrefColumnCount(4);
        currency.textProperty().bindBidirectional(viewModel.currencyProperty());
        Forms.row(form, "Price", new HBox(8, price, currency));
        TextField capacity = Forms.field("typeCapacity", "how many may be sold");
        capacity.textProperty().bindBidirectional(viewModel.capacityProperty());
        Forms.row(form, "Capacity", capacity);
        TextField starts = Forms.field("typeSaleStarts", "now (yyyy-MM-dd HH:mm)");
        starts.textProperty().bindBidirectional(viewModel.saleStartsProperty());
        Forms.row(form, "Sale starts", starts);
        TextField ends = Forms.field("typeSaleEnds", "when the event starts");
        ends.textProperty().bindBidirectional(viewModel.saleEndsProperty());
        Forms.row(form, "Sale ends", ends);
        TextField limit = Forms.field("typeMaxPerOrder", "10");
        limit.textProperty().bindBidirectional(viewModel.maxPerOrderProperty());
        Forms.row(form, "Per order at most", limit);
        ComboBox<Visibility> visibility = new ComboBox<>();
        visibility.setId("typeVisibility");
        visibility.getItems().setAll(Visibility.values());
        visibility.valueProperty().bindBidirectional(viewModel.visibilityProperty());
        Forms.row(form, "Sold", visibility);
        Forms.row(form, "Counts against", quotaChoices);
        viewModel.quotas().addListener((ListChangeListener<QuotaView>) change -> fillQuotaChoices());
        viewModel.typeQuotas().addListener((SetChangeListener<Object>) change -> fillQuotaChoices());

        Button newType = new Button("New ticket type");
        newType.setId("newType");
        newType.setOnAction(event -> viewModel.newType());
        Button saveType = new Button("Save ticket type");
        saveType.setId("saveType");
        saveType.getStyleClass().add("accent");
        saveType.setOnAction(event -> viewModel.saveType());

        VBox types = new VBox(8, heading("Ticket types"), table, form, new HBox(8, newType, saveType));
        HBox.setHgrow(types, Priority.ALWAYS);

        ListView<QuotaView> quotas = new ListView<>(viewModel.quotas());
        quotas.setId("quotaList");
        quotas.setPrefHeight(160);
        quotas.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(QuotaView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + ": " + item.sold() + " sold, " + item.held() + " held of " + item.capacity());
            }
        });
        quotas.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedQuotaProperty().set(after);
            }
        });
        GridPane quotaForm = Forms.grid();
        TextField quotaName = Forms.field("quotaName", "Hall");
        quotaName.textProperty().bindBidirectional(viewModel.quotaNameProperty());
        Forms.row(quotaForm, "Name", quotaName);
        TextField quotaCapacity = Forms.field("quotaCapacity", "shared capacity");
        quotaCapacity.textProperty().bindBidirectional(viewModel.quotaCapacityProperty());
        Forms.row(quotaForm, "Capacity", quotaCapacity);
        Button newQuota = new Button("New quota");
        newQuota.setOnAction(event -> viewModel.newQuota());
        Button saveQuota = new Button("Save quota");
        saveQuota.setId("saveQuota");
        saveQuota.setOnAction(event -> viewModel.saveQuota());
        Label hint = new Label("A quota caps several ticket types together, such as the hall's 1,000 places across Standing and VIP.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox quotaBox = new VBox(8, heading("Shared quotas"), hint, quotas, quotaForm, new HBox(8, newQuota, saveQuota),
                ErrorPresenter.inlineLabel(viewModel.errorProperty()), Forms.messageLabel("typesMessage", viewModel.messageProperty()));
        quotaBox.setPrefWidth(320);
        quotaBox.setMinWidth(280);
        getChildren().addAll(types, quotaBox);
    }

    private void fillQuotaChoices() {
        quotaChoices.getChildren().clear();
        if (viewModel.quotas().isEmpty()) {
            quotaChoices.getChildren().add(new Label("no quotas yet"));
        }
        for (QuotaView quota : viewModel.quotas()) {
            CheckBox box = new CheckBox(quota.name());
            box.setId("quota-" + quota.name());
            box.setSelected(viewModel.typeQuotas().contains(quota.id()));
            box.selectedProperty().addListener((observable, before, after) -> {
                if (after) {
                    viewModel.typeQuotas().add(quota.id());
                } else {
                    viewModel.typeQuotas().remove(quota.id());
                }
            });
            quotaChoices.getChildren().add(box);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static <T> TableColumn<TicketTypeView, Object> column(String title, Function<TicketTypeView, T> value) {
        TableColumn<TicketTypeView, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
