package dev.marquee.client.fx;

import dev.marquee.client.ConnectionState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * Shows how the link to the server stands: a coloured dot and a word, "Online", "Reconnecting…" or "Offline".
 *
 * <p>Bind {@link #stateProperty()} to the live-update client's state. The control carries style class
 * {@value #STYLE_CLASS} and exactly one of the pseudo-classes {@code :online}, {@code :reconnecting}, {@code :offline};
 * {@code marquee.css} colours the dot from them. The look is {@link ConnectionIndicatorSkin}.
 */
public class ConnectionIndicator extends Control {

    /** The style class of the control. */
    public static final String STYLE_CLASS = "connection-indicator";

    private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");
    private static final PseudoClass RECONNECTING = PseudoClass.getPseudoClass("reconnecting");
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state", ConnectionState.OFFLINE) {
        @Override
        protected void invalidated() {
            showState(get());
        }
    };
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");

    /** An indicator showing {@link ConnectionState#OFFLINE} until told otherwise. */
    public ConnectionIndicator() {
        this(ConnectionState.OFFLINE);
    }

    /**
     * @param initial the state to show first; {@code null} reads as offline
     */
    public ConnectionIndicator(ConnectionState initial) {
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.TEXT);
        text.bind(Bindings.createStringBinding(() -> describe(getState()), state));
        accessibleTextProperty().bind(text);
        setState(initial);
        showState(getState());
    }

    /** The state shown; setting {@code null} shows offline. */
    public final ObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    public final ConnectionState getState() {
        return state.get() == null ? ConnectionState.OFFLINE : state.get();
    }

    public final void setState(ConnectionState value) {
        state.set(value);
    }

    /** The words shown for the current state. */
    public final ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public final String getText() {
        return text.get();
    }

    /**
     * The words shown for a state.
     *
     * @param state a connection state; {@code null} reads as offline
     * @return "Online", "Reconnecting…" or "Offline"
     */
    public static String describe(ConnectionState state) {
        return switch (state == null ? ConnectionState.OFFLINE : state) {
            case ONLINE -> "Online";
            case RECONNECTING -> "Reconnecting…";
            case OFFLINE -> "Offline";
        };
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ConnectionIndicatorSkin(this);
    }

    /** Brings its own styles, so the indicator reads right even in a scene without {@code marquee.css}. */
    @Override
    public String getUserAgentStylesheet() {
        return Theme.sharedStylesheet();
    }

    private void showState(ConnectionState value) {
        ConnectionState shown = value == null ? ConnectionState.OFFLINE : value;
        pseudoClassStateChanged(ONLINE, shown == ConnectionState.ONLINE);
        pseudoClassStateChanged(RECONNECTING, shown == ConnectionState.RECONNECTING);
        pseudoClassStateChanged(OFFLINE, shown == ConnectionState.OFFLINE);
    }
}
