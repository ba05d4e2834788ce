package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InCartCellTest {

    private TicketTypesView.InCartCell cell;

    @Start
    void start(Stage stage) {
        cell = new TicketTypesView.InCartCell();
        stage.setScene(new Scene(new StackPane(cell), 100, 40));
        stage.show();
    }

    @Test
    void aReusedCellKeepsItsStyleClassesAndSwitchesItsState(FxRobot robot) {
        var classes = cell.getStyleClass().stream().toList();

        robot.interact(() -> {
            cell.updateItem("2", false);
            cell.updateItem("3", false);
        });
        assertThat(cell.getStyleClass()).containsExactlyElementsOf(classes);
        assertThat(cell.getPseudoClassStates()).contains(TicketTypesView.IN_CART);

        robot.interact(() -> cell.updateItem(null, true));
        assertThat(cell.getStyleClass()).containsExactlyElementsOf(classes);
        assertThat(cell.getPseudoClassStates()).doesNotContain(TicketTypesView.IN_CART);
    }
}
