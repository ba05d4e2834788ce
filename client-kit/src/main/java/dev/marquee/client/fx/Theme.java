package dev.marquee.client.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one look of the Marquee apps: AtlantaFX Primer, light or dark, as the JavaFX user-agent stylesheet, plus the
 * shared {@code marquee.css} (state pseudo-classes such as {@code :online}, {@code :offline}, {@code :error}) and an
 * app's own small stylesheet on each scene.
 *
 * <p>The light/dark choice is remembered in the app's preferences node (see {@link AppPreferences}) under
 * {@value #MODE_KEY}, so the app opens the way the person left it. Use it on the JavaFX application thread.
 *
 * <pre>{@code
 * Theme theme = Theme.forApp("box-office", BoxOfficeApp.class.getResource("box-office.css"));
 * theme.apply();                // the remembered mode, light the first time
 * theme.style(scene);           // marquee.css + box-office.css
 * theme.toggle();               // switch and remember
 * }</pre>
 */
public final class Theme {

    /** Light or dark. */
    public enum Mode {
        /** AtlantaFX Primer Light. */
        LIGHT,
        /** AtlantaFX Primer Dark. */
        DARK
    }

    /** The preferences key holding the remembered {@link Mode}. */
    public static final String MODE_KEY = "theme.mode";

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final String SHARED_STYLESHEET = sharedStylesheetUrl();

    private final Preferences preferences;
    private final String appStylesheet;
    private Mode mode;

    /**
     * @param preferences   where the choice is remembered
     * @param appStylesheet the app's own stylesheet, or {@code null} for none
     */
    public Theme(Preferences preferences, URL appStylesheet) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.appStylesheet = appStylesheet == null ? null : appStylesheet.toExternalForm();
        this.mode = remembered(preferences);
    }

    /**
     * The theme of one app, remembered in {@link AppPreferences#forApp(String)}.
     *
     * @param appName       the app's preferences name, such as {@code box-office}
     * @param appStylesheet the app's own stylesheet, or {@code null} for none
     * @return the theme; nothing is applied yet
     */
    public static Theme forApp(String appName, URL appStylesheet) {
        return new Theme(AppPreferences.forApp(appName), appStylesheet);
    }

    /** The address of the shared {@code marquee.css}, for scenes built without a {@code Theme} at hand. */
    public static String sharedStylesheet() {
        return SHARED_STYLESHEET;
    }

    /** Applies the remembered mode (light the first time) to the whole application. */
    public void apply() {
        apply(getMode());
    }

    /**
     * Applies a mode to the whole application and remembers it for the next run.
     *
     * @param newMode light or dark
     */
    public void apply(Mode newMode) {
        Objects.requireNonNull(newMode, "newMode");
        Application.setUserAgentStylesheet(userAgentStylesheet(newMode));
        mode = newMode;
        preferences.put(MODE_KEY, newMode.name());
    }

    /** Switches between light and dark, and remembers the choice. */
    public void toggle() {
        apply(getMode() == Mode.LIGHT ? Mode.DARK : Mode.LIGHT);
    }

    /**
     * Adds the shared and the app stylesheet to a scene, once each.
     *
     * @param scene a scene of this app
     */
    public void style(Scene scene) {
        addOnce(scene, SHARED_STYLESHEET);
        if (appStylesheet != null) {
            addOnce(scene, appStylesheet);
        }
    }

    /** The current mode: the one last applied, or the remembered one before that. */
    public Mode getMode() {
        return mode;
    }

    /**
     * The AtlantaFX user-agent stylesheet of a mode.
     *
     * @param mode light or dark
     * @return a stylesheet address for {@link Application#setUserAgentStylesheet(String)}
     */
    public static String userAgentStylesheet(Mode mode) {
        return switch (mode) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    private static Mode remembered(Preferences preferences) {
        String stored = preferences.get(MODE_KEY, Mode.LIGHT.name());
        try {
            return Mode.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            LOG.debug("Ignoring unknown remembered theme mode '{}'", stored);
            return Mode.LIGHT;
        }
    }

    private static void addOnce(Scene scene, String stylesheet) {
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }

    private static String sharedStylesheetUrl() {
        URL url = Theme.class.getResource("marquee.css");
        if (url == null) {
            throw new IllegalStateException("marquee.css is missing from the client kit");
        }
        return url.toExternalForm();
    }
}
