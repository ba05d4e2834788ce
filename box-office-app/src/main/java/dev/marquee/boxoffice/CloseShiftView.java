package dev.marquee.boxoffice;

import atlantafx.base.theme.Styles;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.Money;
import dev.marquee.model.payment.ZReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Closing the shift with the counted cash, and the Z report that answers, ready to print. */
public final class CloseShiftView extends VBox {

    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());

    private final TextField counted = new TextField();
    private final VBox report = new VBox();

    public CloseShiftView(CloseShiftViewModel viewModel, ShiftViewModel shift, MainViewModel main, TicketPrinting printing) {
        setId("closeShiftView");
        getStyleClass().add("form-screen");

        Label open = new Label();
        open.setWrapText(true);
        shift.shiftProperty().addListener((observable, before, after) -> describe(open, shift));
        describe(open, shift);
        counted.setId("countedCash");
        counted.setPromptText("e.g. 239.00");
        counted.textProperty().bindBidirectional(viewModel.countedCashProperty());
        counted.setOnAction(e -> viewModel.close());
        Label error = ErrorPresenter.inlineLabel(viewModel.errorProperty());
        error.setId("closeShiftError");
        Button close = new Button("Close shift (Enter)");
        close.setId("closeShift");
        close.getStyleClass().add(Styles.DANGER);
        close.disableProperty().bind(viewModel.busyProperty());
        close.setOnAction(e -> viewModel.close());
        VBox form = new VBox(Forms.heading("Close the shift"), open, Forms.field("_Counted cash in the drawer", counted), error, close);
        form.getStyleClass().add("form");
        form.visibleProperty().bind(viewModel.reportProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());

        report.setId("zReport");
        report.getStyleClass().add("z-report");
        Button print = new Button("Print Z report (F8)");
        print.setId("printZReport");
        print.setOnAction(e -> printing.printNode(report));
        Button next = new Button("Open a new shift");
        next.setId("newShift");
        next.setOnAction(e -> main.startNewShift());
        Label status = Forms.notice("zReportPrintStatus");
        status.textProperty().bind(printing.statusProperty());
        HBox actions = new HBox(print, next);
        actions.getStyleClass().add("actions");
        VBox done = new VBox(report, actions, status);
        done.getStyleClass().add("form");
        done.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        done.managedProperty().bind(done.visibleProperty());
        viewModel.reportProperty().addListener((observable, before, after) -> showReport(after));

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F8 && viewModel.getReport() != null) {
                printing.printNode(report);
                e.consume();
            }
        });
        getChildren().addAll(form, done);
    }

    public void focusStart() {
        counted.requestFocus();
    }

    private static void describe(Label label, ShiftViewModel shift) {
        label.setText(shift.getShift() == null ? "No shift is open."
                : "Shift at " + shift.getShift().till() + ", opened " + TIME.format(shift.getShift().openedAt()) + " with a float of "
                        + Amounts.format(shift.getShift().openingFloat()) + ". Count the cash in the drawer and enter it.");
    }

    private void showReport(ZReport z) {
        report.getChildren().clear();
        if (z == null) {
            return;
        }
        Label title = Forms.heading("Z report · " + z.till());
        Label who = new Label(z.username() + " · " + TIME.format(z.openedAt()) + " – " + (z.closedAt() == null ? "" : TIME.format(z.closedAt())));
        GridPane cash = new GridPane();
        cash.getStyleClass().add("figures");
        int row = 0;
        row = figure(cash, row, "Opening float", z.openingFloat(), "zFloat");
        row = figure(cash, row, "Cash sales", z.cashSales(), "zCashSales");
        row = figure(cash, row, "Cash refunds", z.cashRefunds() == null ? null : z.cashRefunds().negate(), "zCashRefunds");
        row = figure(cash, row, "Expected in drawer", z.expectedCash(), "zExpected");
        row = figure(cash, row, "Counted", z.countedCash(), "zCounted");
        Label variance = new Label(Amounts.format(z.variance()));
        variance.setId("zVariance");
        variance.getStyleClass().add("variance");
        variance.pseudoClassStateChanged(SHORT, z.variance().isNegative());
        variance.pseudoClassStateChanged(OVER, z.variance().amountMinor() > 0);
        cash.addRow(row, new Label("Variance"), variance);
        GridPane.setHalignment(variance, HPos.RIGHT);

        GridPane methods = new GridPane();
        methods.setId("zByMethod");
        methods.getStyleClass().add("figures");
        methods.addRow(0, new Label("Method"), new Label("Sales"), new Label("Refunds"), new Label("Net"), new Label("Payments"));
        int line = 1;
        for (ZReport.MethodTotal total : z.byMethod()) {
            Label net = new Label(Amounts.format(total.net()));
            net.setId("zNet" + total.method().name());
            methods.addRow(line++, new Label(total.method().name().replace('_', ' ').toLowerCase(Locale.ROOT)),
                    new Label(Amounts.format(total.sales())), new Label(Amounts.format(total.refunds())), net,
                    new Label(Integer.toString(total.charges())));
        }
        report.getChildren().addAll(title, who, cash, Forms.heading("Totals per method"), methods);
    }

    private static int figure(GridPane grid, int row, String caption, Money amount, String id) {
        Label value = new Label(Amounts.format(amount));
        value.setId(id);
        grid.addRow(row, new Label(caption), value);
        GridPane.setHalignment(value, HPos.RIGHT);
        return row + 1;
    }
}
