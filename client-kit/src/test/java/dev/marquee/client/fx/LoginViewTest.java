package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.client.ApiException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoginViewTest {

    private static final String REFUSED = "The user name or password is not right. Check them and try again.";

    private final Preferences preferences = TestPreferences.fresh();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final List<Boolean> attemptsOnFxThread = new CopyOnWriteArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BackgroundTasks tasks = BackgroundTasks.create();
    private LoginViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(Theme.Mode.LIGHT));
        stage = primary;
        showForm();
        primary.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        tasks.close();
        TestPreferences.remove(preferences);
    }

    @Test
    void signsInWithTheKeyboardOnly(FxRobot robot) {
        robot.write("https://tickets.example.org");
        robot.type(KeyCode.TAB).write("ana");
        robot.type(KeyCode.TAB).write("secret");
        robot.type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(5)).until(() -> viewModel.getSession() != null);
        assertThat(attempts).containsExactly("https://tickets.example.org ana secret");
        assertThat(attemptsOnFxThread).containsExactly(false);
        assertThat(viewModel.getSession().roles()).containsExactly("BOX_OFFICE");
    }

    @Test
    void showsWhyTheServerRefusedInPlace(FxRobot robot) {
        rememberServerAndUser(robot);

        robot.write("guess").type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(5)).until(() -> !viewModel.getError().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#loginError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(REFUSED);
        assertThat(error.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("error"));
        assertThat(robot.lookup("#password").queryAs(Node.class).isFocused()).isTrue();
        assertThat(viewModel.getSession()).isNull();
    }

    @Test
    void pointsAtEachMissingFieldWhenSubmittedEmpty(FxRobot robot) {
        robot.type(KeyCode.ENTER);

        Label urlProblem = robot.lookup("#serverUrlProblem").queryAs(Label.class);
        assertThat(urlProblem.isVisible()).isTrue();
        assertThat(urlProblem.getText()).isEqualTo(LoginViewModel.SERVER_URL_MISSING);
        assertThat(robot.lookup("#usernameProblem").queryAs(Label.class).getText()).isEqualTo(LoginViewModel.USERNAME_MISSING);
        assertThat(robot.lookup("#passwordProblem").queryAs(Label.class).getText()).isEqualTo(LoginViewModel.PASSWORD_MISSING);
        assertThat(robot.lookup("#serverUrl").queryAs(Node.class).isFocused()).isTrue();
        assertThat(attempts).isEmpty();
    }

    @Test
    void cancelsWithEscape(FxRobot robot) {
        robot.write("h").type(KeyCode.ESCAPE);

        assertThat(cancelled).isTrue();
        assertThat(attempts).isEmpty();
    }

    @Test
    void startsInThePasswordFieldWhenServerAndUserAreRemembered(FxRobot robot) {
        rememberServerAndUser(robot);

        robot.write("secret").type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(5)).until(() -> viewModel.getSession() != null);
        assertThat(attempts).containsExactly("https://tickets.example.org ana secret");
    }

    @Test
    void loginDialogClosesWithTheSessionOnceSignedIn(FxRobot robot) {
        preferences.put(LoginViewModel.SERVER_URL_KEY, "https://tickets.example.org");
        preferences.put(LoginViewModel.USERNAME_KEY, "ana");
        LoginViewModel dialogModel = new LoginViewModel(this::login, tasks, preferences);
        LoginDialog[] dialog = new LoginDialog[1];
        robot.interact(() -> {
            dialog[0] = new LoginDialog(stage, dialogModel, "Organizer console — sign in");
            dialog[0].show();
        });
        assertThat(dialog[0].stage().isShowing()).isTrue();

        // Monocle reports both windows focused; tell the robot which one is in front.
        robot.targetWindow(dialog[0].stage()).write("secret").type(KeyCode.ENTER);

        await().atMost(Duration.ofSeconds(5)).until(() -> !dialog[0].stage().isShowing());
        assertThat(dialogModel.getSession().username()).isEqualTo("ana");
        assertThat(dialog[0].stage().getScene().getStylesheets()).contains(Theme.sharedStylesheet());
    }

    /** As after an earlier successful login: the form opens with server and user name filled in. */
    private void rememberServerAndUser(FxRobot robot) {
        preferences.put(LoginViewModel.SERVER_URL_KEY, "https://tickets.example.org");
        preferences.put(LoginViewModel.USERNAME_KEY, "ana");
        robot.interact(this::showForm);
    }

    private void showForm() {
        viewModel = new LoginViewModel(this::login, tasks, preferences);
        LoginView view = new LoginView(viewModel, "Box office — sign in");
        view.setOnCancel(() -> cancelled.set(true));
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Theme.sharedStylesheet());
        stage.setScene(scene);
    }

    private Session login(String serverUrl, String username, String password) {
        attempts.add(serverUrl + " " + username + " " + password);
        attemptsOnFxThread.add(Platform.isFxApplicationThread());
        if (!password.equals("secret")) {
            throw new ApiException(401, URI.create("https://marquee.dev/problems/bad-credentials"), "Sign-in failed", REFUSED, null, null);
        }
        return new Session(serverUrl, username, "token-1", Set.of("BOX_OFFICE"));
    }
}
