package dev.marquee.client.fx;

import dev.marquee.client.ApiException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure into words for a person and shows them in place.
 *
 * <p>{@link #describe(Throwable)} is pure and needs no JavaFX, so view models use it and keep the text in a property;
 * views show that text with {@link #inlineLabel(ObservableValue)}. Stack traces go to the log, never to the screen.
 */
public final class ErrorPresenter {

    /** Set on a label while it shows an error, for {@code marquee.css}. */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    /** The style class of labels made by {@link #inlineLabel(ObservableValue)}. */
    public static final String INLINE_ERROR_STYLE_CLASS = "inline-error";

    static final ErrorMessage UNREACHABLE = new ErrorMessage("Cannot reach the server",
            "Cannot reach the server. Check the network connection and the server address, then try again.");
    static final ErrorMessage UNKNOWN_HOST = new ErrorMessage("Cannot find the server",
            "No server is known under that address. Check the server address for typing mistakes, then try again.");
    static final ErrorMessage TIMED_OUT = new ErrorMessage("The server is not answering",
            "The server took too long to answer. Wait a moment, then try again.");
    static final ErrorMessage INSECURE = new ErrorMessage("Secure connection failed",
            "A secure connection to the server could not be set up. Check the server address (https://…) or ask your "
                    + "administrator about the server's certificate.");
    static final ErrorMessage CANCELLED = new ErrorMessage("Cancelled", "The operation was cancelled before it finished.");
    static final ErrorMessage UNEXPECTED = new ErrorMessage("Something went wrong",
            "Something went wrong. Please try again; if it keeps happening, tell your administrator.");

    private static final int MAX_CAUSE_DEPTH = 16;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);

    private ErrorPresenter() {
    }

    /**
     * Describes a failure for a person.
     *
     * <ul>
     *   <li>an {@link ApiException} keeps the server's own words (its title and message);</li>
     *   <li>network failures anywhere in the cause chain say the server cannot be reached, found or is not answering;</li>
     *   <li>anything else is "Something went wrong", since its message was written for developers.</li>
     * </ul>
     *
     * @param failure what went wrong; {@code null} reads as an unexpected failure
     * @return a title and a sentence or two
     */
    public static ErrorMessage describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        // Bounded, since a cause chain may loop.
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            ErrorMessage known = known(cause);
            if (known != null) {
                return known;
            }
            cause = cause.getCause();
        }
        return UNEXPECTED;
    }

    /**
     * A label for a message shown in place, such as a form's error: it takes space and shows only while the message is
     * not blank, and carries the {@code :error} pseudo-class meanwhile.
     *
     * @param message the text to show, typically a view model's error property
     * @return the bound label, with style class {@value #INLINE_ERROR_STYLE_CLASS}
     */
    public static Label inlineLabel(ObservableValue<String> message) {
        return messageLabel(message, INLINE_ERROR_STYLE_CLASS);
    }

    /** A wrapping label, shown with {@code :error} only while its text is not blank; bound to message if given. */
    static Label messageLabel(ObservableValue<String> message, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().addListener((observable, before, after) -> markShowing(label));
        if (message != null) {
            label.textProperty().bind(message);
        }
        markShowing(label);
        return label;
    }

    /** Shows a message label and sets {@code :error} while its text is not blank, hides it otherwise. */
    static void markShowing(Label label) {
        String text = label.getText();
        boolean showing = text != null && !text.isBlank();
        label.setVisible(showing);
        label.pseudoClassStateChanged(ERROR, showing);
    }

    /**
     * Logs a failure a person is being shown: unexpected ones at WARN with their stack trace, for developers; expected
     * ones (server refusals, network trouble) at DEBUG.
     *
     * @param failure what went wrong
     */
    public static void log(Throwable failure) {
        if (describe(failure) == UNEXPECTED) {
            LOG.warn("Unexpected failure shown to the user", failure);
        } else {
            LOG.debug("Failure shown to the user", failure);
        }
    }

    private static ErrorMessage known(Throwable cause) {
        return switch (cause) {
            case ApiException api when api.isConnectionProblem() -> orDefault(api, UNREACHABLE);
            case ApiException api -> fromServer(api);
            case UnknownHostException unknownHost -> UNKNOWN_HOST;
            case ConnectException refused -> UNREACHABLE;
            case NoRouteToHostException noRoute -> UNREACHABLE;
            case HttpConnectTimeoutException connectTimeout -> UNREACHABLE;
            case HttpTimeoutException timeout -> TIMED_OUT;
            case SocketTimeoutException timeout -> TIMED_OUT;
            case InterruptedIOException interrupted -> TIMED_OUT;
            case SSLException insecure -> INSECURE;
            case CancellationException cancelled -> CANCELLED;
            case InterruptedException interrupted -> CANCELLED;
            default -> null;
        };
    }

    private static ErrorMessage fromServer(ApiException api) {
        ErrorMessage fallback = api.status() >= 500
                ? new ErrorMessage("The server has a problem",
                        "The server could not finish this. Try again in a moment; if it keeps happening, tell your administrator.")
                : new ErrorMessage("The server refused",
                        "The server refused this request (status " + api.status() + "). Check what you entered, then try again.");
        return orDefault(api, fallback);
    }

    private static ErrorMessage orDefault(ApiException api, ErrorMessage fallback) {
        String title = api.title() == null || api.title().isBlank() ? fallback.title() : api.title();
        String detail = api.getMessage() == null || api.getMessage().isBlank() ? fallback.detail() : api.getMessage();
        return new ErrorMessage(title, detail);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current != null && current.getCause() != null
                && (current instanceof CompletionException || current instanceof ExecutionException
                        || current instanceof InvocationTargetException)) {
            current = current.getCause();
        }
        return current;
    }

}
