package dev.marquee.client.fx;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own per test, so tests neither see nor leave behind a person's remembered choices. */
final class TestPreferences {

    private static final String PARENT = "dev/marquee/test";

    private TestPreferences() {
    }

    static Preferences fresh() {
        return Preferences.userRoot().node(PARENT + "/" + UUID.randomUUID());
    }

    static void remove(Preferences node) throws BackingStoreException {
        Preferences parent = node.parent();
        node.removeNode();
        if (parent.childrenNames().length == 0 && parent.keys().length == 0) {
            parent.removeNode();
        }
        Preferences.userRoot().flush();
    }
}
