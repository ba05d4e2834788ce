package dev.marquee.client.fx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login screen's state and logic, without any {@code Node}: the server address, user name and password typed,
 * a message per field that is not right yet, whether a login is under way, the error of the last attempt, and the
 * {@link #sessionProperty() session} once signed in.
 *
 * <p>The server address and user name of the last successful login are remembered in the given preferences node and
 * filled in next time; the password never is. Field messages appear after the first attempt and then follow the
 * typing, so a person is not scolded before trying. The login itself runs through {@link BackgroundTasks}.
 */
public class LoginViewModel {

    /** Preferences key of the remembered server address. */
    public static final String SERVER_URL_KEY = "login.serverUrl";
    /** Preferences key of the remembered user name. */
    public static final String USERNAME_KEY = "login.username";

    static final String SERVER_URL_MISSING = "Enter the server address, for example https://tickets.example.org.";
    static final String SERVER_URL_INVALID = "The server address starts with http:// or https://, for example https://tickets.example.org.";
    static final String USERNAME_MISSING = "Enter your user name.";
    static final String PASSWORD_MISSING = "Enter your password.";

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final LoginAction action;
    private final BackgroundTasks tasks;
    private final Preferences preferences;

    private final StringProperty serverUrl = new SimpleStringProperty(this, "serverUrl", "");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper serverUrlProblem = new ReadOnlyStringWrapper(this, "serverUrlProblem", "");
    private final ReadOnlyStringWrapper usernameProblem = new ReadOnlyStringWrapper(this, "usernameProblem", "");
    private final ReadOnlyStringWrapper passwordProblem = new ReadOnlyStringWrapper(this, "passwordProblem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private boolean attempted;

    /**
     * A login with an empty server address the first time.
     *
     * @see #LoginViewModel(LoginAction, BackgroundTasks, Preferences, String)
     */
    public LoginViewModel(LoginAction action, BackgroundTasks tasks, Preferences preferences) {
        this(action, tasks, preferences, "");
    }

    /**
     * @param action           performs the login, off the UI thread
     * @param tasks            runs it
     * @param preferences      where the server address and user name are remembered, such as
     *                         {@link AppPreferences#forApp(String)}
     * @param defaultServerUrl the server address to offer when none is remembered yet
     */
    public LoginViewModel(LoginAction action, BackgroundTasks tasks, Preferences preferences, String defaultServerUrl) {
        this.action = Objects.requireNonNull(action, "action");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        serverUrl.set(preferences.get(SERVER_URL_KEY, defaultServerUrl == null ? "" : defaultServerUrl));
        username.set(preferences.get(USERNAME_KEY, ""));

        ChangeListener<String> recheck = (observable, before, after) -> {
            if (attempted) {
                validate();
            }
        };
        serverUrl.addListener(recheck);
        username.addListener(recheck);
        password.addListener(recheck);
    }

    /**
     * Signs in with what was typed, unless a field is not right yet (its message then says why) or a login is already
     * under way. On success the {@link #sessionProperty() session} is set and the address and user name are
     * remembered; on failure {@link #errorProperty() error} says what happened in plain words.
     *
     * @return whether a login was started
     */
    public boolean login() {
        if (busy.get()) {
            return false;
        }
        attempted = true;
        if (!validate()) {
            return false;
        }
        String url = normalizedServerUrl();
        String user = username.get().trim();
        String secret = password.get();
        error.set("");
        busy.set(true);
        tasks.run(() -> action.login(url, user, secret),
                signedIn -> succeeded(url, user, signedIn),
                failure -> failed(url, user, failure));
        return true;
    }

    /**
     * Checks every field and updates its message.
     *
     * @return whether all fields are right
     */
    public boolean validate() {
        serverUrlProblem.set(serverUrlProblem(serverUrl.get()));
        usernameProblem.set(isBlank(username.get()) ? USERNAME_MISSING : "");
        passwordProblem.set(password.get() == null || password.get().isEmpty() ? PASSWORD_MISSING : "");
        return serverUrlProblem.get().isEmpty() && usernameProblem.get().isEmpty() && passwordProblem.get().isEmpty();
    }

    /** The server's base address as typed, such as {@code https://tickets.example.org}. */
    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    /** The user name as typed. */
    public StringProperty usernameProperty() {
        return username;
    }

    /** The password as typed; emptied after a successful login. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the server address is not right yet, or empty. */
    public ReadOnlyStringProperty serverUrlProblemProperty() {
        return serverUrlProblem.getReadOnlyProperty();
    }

    /** Why the user name is not right yet, or empty. */
    public ReadOnlyStringProperty usernameProblemProperty() {
        return usernameProblem.getReadOnlyProperty();
    }

    /** Why the password is not right yet, or empty. */
    public ReadOnlyStringProperty passwordProblemProperty() {
        return passwordProblem.getReadOnlyProperty();
    }

    /** Whether a login is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** What went wrong with the last login, for a person, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** The session after a successful login, else {@code null}. */
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Session getSession() {
        return session.get();
    }

    private void succeeded(String url, String user, Session signedIn) {
        busy.set(false);
        preferences.put(SERVER_URL_KEY, url);
        preferences.put(USERNAME_KEY, user);
        password.set("");
        LOG.info("Signed in to {} as {}", url, user);
        session.set(signedIn);
    }

    private void failed(String url, String user, Throwable failure) {
        busy.set(false);
        ErrorPresenter.log(failure);
        LOG.info("Sign-in to {} as {} failed", url, user);
        error.set(ErrorPresenter.describe(failure).detail());
    }

    private String normalizedServerUrl() {
        String url = serverUrl.get().trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static String serverUrlProblem(String typed) {
        if (isBlank(typed)) {
            return SERVER_URL_MISSING;
        }
        try {
            URI uri = new URI(typed.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isBlank() ? "" : SERVER_URL_INVALID;
        } catch (URISyntaxException malformed) {
            return SERVER_URL_INVALID;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
