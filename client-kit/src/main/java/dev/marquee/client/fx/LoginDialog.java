package dev.marquee.client.fx;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A {@link LoginView} in a small modal window of its own: it closes with the session once signed in, or empty on
 * Cancel, Escape or the window's close button. It takes the owner's stylesheets, so it looks like the app.
 *
 * <pre>{@code
 * LoginViewModel login = new LoginViewModel(client::login, tasks, AppPreferences.forApp("box-office"));
 * Optional<Session> session = new LoginDialog(primaryStage, login, "Box office — sign in").showAndWait();
 * }</pre>
 */
public final class LoginDialog {

    private final Stage stage = new Stage();
    private final LoginViewModel viewModel;
    private final LoginView view;

    /**
     * @param owner     the window it blocks, or {@code null} for an app-wide modal window
     * @param viewModel the login's state
     * @param title     the window title and heading
     */
    public LoginDialog(Window owner, LoginViewModel viewModel, String title) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.view = new LoginView(viewModel, title);
        view.setOnCancel(stage::close);

        Scene scene = new Scene(view);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        if (!scene.getStylesheets().contains(Theme.sharedStylesheet())) {
            scene.getStylesheets().add(Theme.sharedStylesheet());
        }
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(owner == null ? Modality.APPLICATION_MODAL : Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setResizable(false);
        stage.setScene(scene);

        viewModel.sessionProperty().addListener((observable, before, after) -> {
            if (after != null) {
                stage.close();
            }
        });
    }

    /**
     * Shows the window and waits until it closes; call on the JavaFX application thread.
     *
     * @return the session when signed in, empty when cancelled
     */
    public Optional<Session> showAndWait() {
        stage.showAndWait();
        return Optional.ofNullable(viewModel.getSession());
    }

    /** Shows the window without waiting; watch the view model's session for the outcome. */
    public void show() {
        stage.show();
    }

    /** The window, for placing or testing it. */
    public Stage stage() {
        return stage;
    }

    /** The form inside. */
    public LoginView view() {
        return view;
    }
}
