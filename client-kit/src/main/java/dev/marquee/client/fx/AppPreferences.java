package dev.marquee.client.fx;

import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * Where an app remembers small choices between runs (theme, server address, user name): one {@link Preferences} node
 * per app, under {@code /dev/marquee/<app name>} in the user's preferences.
 */
public final class AppPreferences {

    private static final String ROOT = "dev/marquee/";

    private AppPreferences() {
    }

    /**
     * The preferences node of one app.
     *
     * @param appName a short stable name such as {@code box-office}; it becomes a node name, so no slashes
     * @return the node, created on first use
     */
    public static Preferences forApp(String appName) {
        Objects.requireNonNull(appName, "appName");
        if (appName.isBlank() || appName.contains("/")) {
            throw new IllegalArgumentException("An app name is one non-blank path segment, not '" + appName + "'");
        }
        return Preferences.userRoot().node(ROOT + appName);
    }
}
