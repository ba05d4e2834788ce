package dev.marquee.boxoffice;

import atlantafx.base.theme.Styles;
import dev.marquee.client.fx.ErrorPresenter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Opening a shift: the till's name and the cash float; selling starts once it is open. */
public final class ShiftView extends VBox {

    private final TextField till = new TextField();
    private final TextField openingFloat = new TextField();

    public ShiftView(ShiftViewModel viewModel, MainViewModel main) {
        setId("shiftView");
        getStyleClass().addAll("form-screen");
        Label why = new Label("Selling needs an open shift: the cash you take and refund is counted against it, and closing it "
                + "gives the Z report. Enter the till and the cash in the drawer now.");
        why.setWrapText(true);
        Label notice = Forms.notice("shiftNotice");
        notice.textProperty().bind(main.noticeProperty());

        till.setId("till");
        till.textProperty().bindBidirectional(viewModel.tillProperty());
        openingFloat.setId("openingFloat");
        openingFloat.setPromptText("e.g. 200");
        openingFloat.textProperty().bindBidirectional(viewModel.openingFloatProperty());
        Label error = ErrorPresenter.inlineLabel(viewModel.errorProperty());
        error.setId("shiftError");

        Button open = new Button("Open shift (Enter)");
        open.setId("openShift");
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.disableProperty().bind(viewModel.busyProperty());
        open.setOnAction(e -> viewModel.open());
        till.setOnAction(e -> openingFloat.requestFocus());
        openingFloat.setOnAction(e -> viewModel.open());

        getChildren().addAll(Forms.heading("Open a shift"), why, notice, Forms.field("_Till", till),
                Forms.field("Cash _float (" + viewModel.currency() + ")", openingFloat), error, open);
    }

    /** Puts the cursor in the float, since the till is usually remembered. */
    public void focusStart() {
        if (till.getText() == null || till.getText().isBlank()) {
            till.requestFocus();
        } else {
            openingFloat.requestFocus();
        }
    }
}
