package dev.marquee.client.fx;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The login form: server address, user name and password, a message under each field that is not right yet, the
 * error of the last attempt, and Sign in / Cancel. Enter signs in and Escape cancels from anywhere in the form; the
 * first empty field has the focus. It only builds nodes and binds them to a {@link LoginViewModel}.
 *
 * <p>Put it in a window of its own with {@link LoginDialog}, or in an app's main window (a kiosk's full screen).
 * Style class {@value #STYLE_CLASS}.
 */
public class LoginView extends VBox {

    /** The style class of the form. */
    public static final String STYLE_CLASS = "login-view";

    private final LoginViewModel viewModel;
    private final TextField serverUrlField = new TextField();
    private final TextField usernameField = new TextField();
    private final PasswordField passwordField = new PasswordField();
    private final ObjectProperty<Runnable> onCancel = new SimpleObjectProperty<>(this, "onCancel");

    /**
     * A form titled "Sign in to Marquee".
     *
     * @param viewModel the state it shows and edits
     */
    public LoginView(LoginViewModel viewModel) {
        this(viewModel, "Sign in to Marquee");
    }

    /**
     * @param viewModel the state it shows and edits
     * @param title     the heading, such as "Box office — sign in"
     */
    public LoginView(LoginViewModel viewModel, String title) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add(STYLE_CLASS);

        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        // A long app name such as "Organizer console — sign in" breaks onto a second line rather than being cut off.
        heading.setWrapText(true);

        serverUrlField.setId("serverUrl");
        serverUrlField.setPromptText("https://tickets.example.org");
        serverUrlField.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        usernameField.setId("username");
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        passwordField.setId("password");
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());

        Label error = ErrorPresenter.inlineLabel(viewModel.errorProperty());
        error.setId("loginError");

        getChildren().addAll(heading,
                field("_Server address", serverUrlField, viewModel.serverUrlProblemProperty()),
                field("_User name", usernameField, viewModel.usernameProblemProperty()),
                field("_Password", passwordField, viewModel.passwordProblemProperty()),
                error,
                actions());

        viewModel.errorProperty().addListener((observable, before, after) -> {
            if (after != null && !after.isBlank()) {
                passwordField.requestFocus();
                passwordField.selectAll();
            }
        });
        sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                focusFirstEmptyField();
            }
        });
    }

    /** What Cancel and Escape do; nothing when {@code null}, and then the Cancel button is hidden. */
    public final ObjectProperty<Runnable> onCancelProperty() {
        return onCancel;
    }

    public final void setOnCancel(Runnable value) {
        onCancel.set(value);
    }

    public final Runnable getOnCancel() {
        return onCancel.get();
    }

    /** Puts the cursor in the first field still empty, or in the password field when all are filled. */
    public void focusFirstEmptyField() {
        if (serverUrlField.getText() == null || serverUrlField.getText().isBlank()) {
            serverUrlField.requestFocus();
        } else if (usernameField.getText() == null || usernameField.getText().isBlank()) {
            usernameField.requestFocus();
        } else {
            passwordField.requestFocus();
        }
    }

    private VBox field(String caption, TextInputControl input, ObservableValue<String> problem) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        Label message = ErrorPresenter.messageLabel(problem, "field-problem");
        message.setId(input.getId() + "Problem");
        problem.addListener((observable, before, after) ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, after != null && !after.isBlank()));
        VBox field = new VBox(label, input, message);
        field.getStyleClass().add("field");
        return field;
    }

    private HBox actions() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loginProgress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button cancel = new Button("Cancel");
        cancel.setId("cancelLogin");
        cancel.setCancelButton(true);
        cancel.visibleProperty().bind(onCancel.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> {
            Runnable handler = onCancel.get();
            if (handler != null) {
                handler.run();
            }
        });

        Button signIn = new Button("Sign in");
        signIn.setId("signIn");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(viewModel.busyProperty());
        signIn.setOnAction(event -> {
            if (!viewModel.login() && !viewModel.isBusy()) {
                focusFirstProblem();
            }
        });

        HBox actions = new HBox(progress, spacer, cancel, signIn);
        actions.getStyleClass().add("actions");
        return actions;
    }

    private void focusFirstProblem() {
        if (!viewModel.serverUrlProblemProperty().get().isEmpty()) {
            serverUrlField.requestFocus();
        } else if (!viewModel.usernameProblemProperty().get().isEmpty()) {
            usernameField.requestFocus();
        } else {
            passwordField.requestFocus();
        }
    }
}
