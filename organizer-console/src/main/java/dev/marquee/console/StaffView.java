package dev.marquee.console;

import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UserView;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The organizer's staff accounts and their roles. */
public final class StaffView extends HBox {

    public StaffView(StaffViewModel viewModel) {
        setSpacing(16);
        TableView<UserView> table = new TableView<>(viewModel.users());
        table.setId("staffTable");
        table.getColumns().add(column("User", UserView::username));
        table.getColumns().add(column("Name", UserView::displayName));
        table.getColumns().add(column("Roles", UserView::roles));
        table.getColumns().add(column("Enabled", u -> u.enabled() ? "yes" : "no"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> viewModel.selectedProperty().set(after));
        HBox.setHgrow(table, Priority.ALWAYS);

        GridPane form = Forms.grid();
        TextField username = Forms.field("staffUsername", "jdoe");
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        username.disableProperty().bind(viewModel.selectedProperty().isNotNull());
        Forms.row(form, "User name", username);
        TextField name = Forms.field("staffName", "Jane Doe");
        name.textProperty().bindBidirectional(viewModel.displayNameProperty());
        Forms.row(form, "Name", name);
        PasswordField password = new PasswordField();
        password.setPromptText("at least 12 characters; empty keeps it");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Forms.row(form, "Password", password);
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.BOX_OFFICE, Role.GATE, Role.ORGANIZER);
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        Forms.row(form, "Role", role);
        CheckBox enabled = new CheckBox("May sign in");
        enabled.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        Forms.row(form, "", enabled);

        Button add = new Button("New person");
        add.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            viewModel.selectedProperty().set(null);
        });
        Button save = new Button("Save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> viewModel.save());
        Button delete = new Button("Delete…");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(event -> {
            UserView user = viewModel.selectedProperty().get();
            if (Forms.confirm(this, "Delete " + user.username() + "?", user.displayName() + " can no longer sign in; this cannot be undone. "
                    + "To stop access for a while, untick \"May sign in\" instead.", "Delete")) {
                viewModel.deleteSelected();
            }
        });
        VBox side = new VBox(8, form, new HBox(8, add, save, delete), ErrorPresenter.inlineLabel(viewModel.errorProperty()),
                Forms.messageLabel("staffMessage", viewModel.messageProperty()));
        side.setPrefWidth(380);
        getChildren().addAll(table, side);
    }

    private static <T> TableColumn<UserView, Object> column(String title, Function<UserView, T> value) {
        TableColumn<UserView, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
