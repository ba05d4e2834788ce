package dev.marquee.client.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.ApiException;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginViewModelTest {

    private final Preferences preferences = TestPreferences.fresh();
    private final List<String> attempts = new ArrayList<>();
    private final LoginAction acceptsSecret = (url, user, password) -> {
        attempts.add(url + " " + user + " " + password);
        if (!password.equals("secret")) {
            throw new ApiException(401, URI.create("https://marquee.dev/problems/bad-credentials"), "Sign-in failed",
                    "The user name or password is not right. Check them and try again.", null, null);
        }
        return new Session(url, user, "token-1", Set.of("BOX_OFFICE"));
    };

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        TestPreferences.remove(preferences);
    }

    @Test
    void asksForEveryEmptyFieldWithoutCallingTheServer() {
        LoginViewModel login = new LoginViewModel(acceptsSecret, BackgroundTasks.sameThread(), preferences);

        assertThat(login.login()).isFalse();

        assertThat(login.serverUrlProblemProperty().get()).isEqualTo(LoginViewModel.SERVER_URL_MISSING);
        assertThat(login.usernameProblemProperty().get()).isEqualTo(LoginViewModel.USERNAME_MISSING);
        assertThat(login.passwordProblemProperty().get()).isEqualTo(LoginViewModel.PASSWORD_MISSING);
        assertThat(attempts).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tickets.example.org", "ftp://tickets.example.org", "https://", "http//tickets", "https://exa mple.org"})
    void refusesAServerAddressThatIsNotAWebAddress(String typed) {
        LoginViewModel login = filledIn(typed, "ana", "secret");

        assertThat(login.login()).isFalse();

        assertThat(login.serverUrlProblemProperty().get()).isEqualTo(LoginViewModel.SERVER_URL_INVALID);
        assertThat(attempts).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "https://tickets.example.org", "HTTPS://Tickets.Example.org/", "  https://10.0.0.5  "})
    void acceptsHttpAndHttpsAddresses(String typed) {
        LoginViewModel login = filledIn(typed, "ana", "secret");

        assertThat(login.login()).isTrue();

        assertThat(login.serverUrlProblemProperty().get()).isEmpty();
        assertThat(login.getSession()).isNotNull();
    }

    @Test
    void saysNothingAboutEmptyFieldsBeforeTheFirstAttempt() {
        LoginViewModel login = new LoginViewModel(acceptsSecret, BackgroundTasks.sameThread(), preferences);

        login.usernameProperty().set("ana");
        login.usernameProperty().set("");

        assertThat(login.usernameProblemProperty().get()).isEmpty();
    }

    @Test
    void dropsAFieldMessageAsSoonAsTheFieldIsFixed() {
        LoginViewModel login = filledIn("https://tickets.example.org", "", "secret");
        login.login();
        assertThat(login.usernameProblemProperty().get()).isEqualTo(LoginViewModel.USERNAME_MISSING);

        login.usernameProperty().set("ana");

        assertThat(login.usernameProblemProperty().get()).isEmpty();
    }

    @Test
    void signsInWithATidyAddressAndUserName() {
        LoginViewModel login = filledIn(" https://tickets.example.org/ ", "  ana ", "secret");

        assertThat(login.login()).isTrue();

        assertThat(attempts).containsExactly("https://tickets.example.org ana secret");
        assertThat(login.getSession()).isEqualTo(new Session("https://tickets.example.org", "ana", "token-1", Set.of("BOX_OFFICE")));
        assertThat(login.getError()).isEmpty();
        assertThat(login.isBusy()).isFalse();
    }

    @Test
    void forgetsThePasswordOnceSignedIn() {
        LoginViewModel login = filledIn("https://tickets.example.org", "ana", "secret");

        login.login();

        assertThat(login.passwordProperty().get()).isEmpty();
    }

    @Test
    void remembersServerAndUserNameForTheNextRunButNeverThePassword() {
        filledIn("https://tickets.example.org/", "ana", "secret").login();

        LoginViewModel nextRun = new LoginViewModel(acceptsSecret, BackgroundTasks.sameThread(), preferences);

        assertThat(nextRun.serverUrlProperty().get()).isEqualTo("https://tickets.example.org");
        assertThat(nextRun.usernameProperty().get()).isEqualTo("ana");
        assertThat(nextRun.passwordProperty().get()).isEmpty();
        assertThat(preferences.get(LoginViewModel.SERVER_URL_KEY, null)).isEqualTo("https://tickets.example.org");
        assertThat(String.join(",", keys())).doesNotContainIgnoringCase("password");
    }

    @Test
    void remembersNothingFromAFailedLogin() {
        filledIn("https://typo.example.org", "ann", "wrong").login();

        LoginViewModel nextRun = new LoginViewModel(acceptsSecret, BackgroundTasks.sameThread(), preferences, "https://default.example.org");

        assertThat(nextRun.serverUrlProperty().get()).isEqualTo("https://default.example.org");
        assertThat(nextRun.usernameProperty().get()).isEmpty();
    }

    @Test
    void offersTheDefaultServerAddressTheFirstTime() {
        LoginViewModel login = new LoginViewModel(acceptsSecret, BackgroundTasks.sameThread(), preferences, "http://localhost:8080");

        assertThat(login.serverUrlProperty().get()).isEqualTo("http://localhost:8080");
    }

    @Test
    void showsTheServersWordsWhenTheLoginIsRefused() {
        LoginViewModel login = filledIn("https://tickets.example.org", "ana", "wrong");

        assertThat(login.login()).isTrue();

        assertThat(login.getError()).isEqualTo("The user name or password is not right. Check them and try again.");
        assertThat(login.getSession()).isNull();
        assertThat(login.isBusy()).isFalse();
        assertThat(login.passwordProperty().get()).isEqualTo("wrong");
    }

    @Test
    void saysTheServerCannotBeReachedWhenTheConnectionFails() {
        LoginAction unreachable = (url, user, password) -> {
            throw new ConnectException("Connection refused");
        };
        LoginViewModel login = new LoginViewModel(unreachable, BackgroundTasks.sameThread(), preferences);
        login.serverUrlProperty().set("https://tickets.example.org");
        login.usernameProperty().set("ana");
        login.passwordProperty().set("secret");

        login.login();

        assertThat(login.getError()).startsWith("Cannot reach the server").doesNotContain("Connection refused");
    }

    @Test
    void clearsTheLastErrorWhenTryingAgain() {
        LoginViewModel login = filledIn("https://tickets.example.org", "ana", "wrong");
        login.login();

        login.passwordProperty().set("secret");
        login.login();

        assertThat(login.getError()).isEmpty();
        assertThat(login.getSession()).isNotNull();
    }

    @Test
    void isBusyWhileTheLoginRunsAndIgnoresASecondSubmit() {
        Queue<Runnable> pendingWork = new ArrayDeque<>();
        BackgroundTasks deferred = new BackgroundTasks(pendingWork::add, Runnable::run);
        LoginViewModel login = new LoginViewModel(acceptsSecret, deferred, preferences);
        login.serverUrlProperty().set("https://tickets.example.org");
        login.usernameProperty().set("ana");
        login.passwordProperty().set("secret");

        assertThat(login.login()).isTrue();
        assertThat(login.isBusy()).isTrue();
        assertThat(login.login()).isFalse();

        pendingWork.forEach(Runnable::run);

        assertThat(login.isBusy()).isFalse();
        assertThat(attempts).hasSize(1);
        assertThat(login.getSession()).isNotNull();
    }

    private LoginViewModel filledIn(String serverUrl, String username, String password) {
        LoginViewModel login = new LoginViewModel(acceptsSecret, BackgroundTasks.sameThread(), preferences);
        login.serverUrlProperty().set(serverUrl);
        login.usernameProperty().set(username);
        login.passwordProperty().set(password);
        return login;
    }

    private String[] keys() {
        try {
            return preferences.keys();
        } catch (BackingStoreException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
