package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.checkin.Attendance;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live dashboard of one event: sales against capacity, revenue, sales and entries over time, gates, alerts. */
public final class DashboardView extends VBox {

    /** Set on an alert cell for a critical alert, such as a duplicate entry. */
    public static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    public DashboardView(DashboardViewModel viewModel) {
        getStyleClass().add("dashboard");
        setSpacing(12);

        Label sold = stat("soldLabel", "tickets sold");
        sold.textProperty().bind(Bindings.createStringBinding(() -> viewModel.ticketsSoldProperty().get() + " / " + viewModel.capacityProperty().get(),
                viewModel.ticketsSoldProperty(), viewModel.capacityProperty()));
        Label revenue = stat("revenueLabel", "revenue");
        revenue.textProperty().bind(viewModel.revenueProperty());
        Label orders = stat("ordersLabel", "paid orders");
        orders.textProperty().bind(viewModel.paidOrdersProperty().asString());
        Label admitted = stat("admittedLabel", "admitted");
        admitted.textProperty().bind(Bindings.createStringBinding(() -> viewModel.admittedProperty().get() + " / " + viewModel.ticketsSoldProperty().get(),
                viewModel.admittedProperty(), viewModel.ticketsSoldProperty()));
        Label inside = stat("insideLabel", "inside now");
        inside.textProperty().bind(viewModel.insideProperty().asString());
        Label duplicates = stat("duplicatesLabel", "duplicate scans");
        duplicates.textProperty().bind(viewModel.duplicatesProperty().asString());
        HBox stats = new HBox(24, box(sold), box(revenue), box(orders), box(admitted), box(inside), box(duplicates));

        GridPane perType = new GridPane();
        perType.setId("typeProgress");
        perType.setHgap(10);
        perType.setVgap(4);
        viewModel.types().addListener((ListChangeListener<DashboardViewModel.TypeRow>) change -> fillTypes(perType, viewModel.types()));

        ProgressBar entry = new ProgressBar(0);
        entry.setId("entryProgress");
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.progressProperty().bind(Bindings.createDoubleBinding(() -> viewModel.ticketsSoldProperty().get() == 0 ? 0
                : (double) viewModel.admittedProperty().get() / viewModel.ticketsSoldProperty().get(),
                viewModel.admittedProperty(), viewModel.ticketsSoldProperty()));

        LineChart<String, Number> sales = lineChart("Tickets sold per minute", "salesChart");
        XYChart.Series<String, Number> salesSeries = new XYChart.Series<>();
        salesSeries.setName("sold");
        sales.getData().add(salesSeries);
        viewModel.salesPerMinute().addListener((ListChangeListener<DashboardViewModel.Point>) change -> fill(salesSeries, viewModel.salesPerMinute()));

        LineChart<String, Number> entries = lineChart("Entries per minute", "entriesChart");
        XYChart.Series<String, Number> entrySeries = new XYChart.Series<>();
        entrySeries.setName("admitted");
        entries.getData().add(entrySeries);
        viewModel.entriesPerMinute().addListener((ListChangeListener<DashboardViewModel.Point>) change -> fill(entrySeries, viewModel.entriesPerMinute()));

        BarChart<String, Number> gates = new BarChart<>(new CategoryAxis(), new NumberAxis());
        gates.setId("gateChart");
        gates.setTitle("Admitted per gate");
        gates.setLegendVisible(false);
        gates.setAnimated(false);
        gates.setPrefHeight(220);
        XYChart.Series<String, Number> gateSeries = new XYChart.Series<>();
        gates.getData().add(gateSeries);
        viewModel.byGate().addListener((ListChangeListener<Attendance.Count>) change -> gateSeries.getData().setAll(viewModel.byGate().stream()
                .map(count -> new XYChart.Data<String, Number>(count.key(), count.count())).toList()));

        ListView<DashboardViewModel.Alert> alerts = new ListView<>(viewModel.alerts());
        alerts.setId("alertList");
        alerts.setPrefHeight(120);
        alerts.setPlaceholder(new Label("No alerts. Duplicate entries at the gates show up here."));
        alerts.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DashboardViewModel.Alert item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : MINUTE.format(item.at()) + "  " + item.message());
                pseudoClassStateChanged(CRITICAL, !empty && item != null && item.critical());
            }
        });

        HBox charts = new HBox(12, sales, entries);
        HBox.setHgrow(sales, Priority.ALWAYS);
        HBox.setHgrow(entries, Priority.ALWAYS);
        VBox entryBox = new VBox(6, heading("Entry: admitted of sold"), entry, gates);
        HBox lower = new HBox(12, entryBox, new VBox(6, heading("Alerts"), alerts));
        HBox.setHgrow(entryBox, Priority.ALWAYS);
        getChildren().addAll(stats, heading("Sold per ticket type"), perType, charts, lower, ErrorPresenter.inlineLabel(viewModel.errorProperty()));
    }

    private static void fillTypes(GridPane grid, List<DashboardViewModel.TypeRow> rows) {
        grid.getChildren().clear();
        int row = 0;
        for (DashboardViewModel.TypeRow type : rows) {
            ProgressBar bar = new ProgressBar(type.progress());
            bar.setPrefWidth(320);
            Label count = new Label(type.sold() + " sold of " + type.capacity() + (type.held() > 0 ? " (" + type.held() + " held)" : ""));
            count.setId("typeCount-" + type.name());
            grid.addRow(row++, new Label(type.name()), bar, count);
        }
    }

    private static void fill(XYChart.Series<String, Number> series, ObservableList<DashboardViewModel.Point> points) {
        series.getData().setAll(points.stream().map(p -> new XYChart.Data<String, Number>(MINUTE.format(p.minute()), p.count())).toList());
    }

    private static LineChart<String, Number> lineChart(String title, String id) {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        return chart;
    }

    private static Label stat(String id, String caption) {
        Label value = new Label("–");
        value.setId(id);
        value.getStyleClass().add("stat-value");
        value.setUserData(caption);
        return value;
    }

    private static VBox box(Label value) {
        Label caption = new Label((String) value.getUserData());
        caption.getStyleClass().add("stat-caption");
        VBox box = new VBox(2, value, caption);
        box.getStyleClass().add("stat");
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
