package dev.marquee.client;

import java.net.URI;
import java.util.Map;

/**
 * No answer came from the server: the connection was refused, the name did not resolve, or the server did not answer
 * within the timeout. {@link #status()} is 0. When a state-changing request {@linkplain #timedOut() timed out}, it may
 * have been carried out; repeating it with the same {@link IdempotencyKey} is safe.
 */
public class ServerUnreachableException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** The type of this problem; it never comes from the server. */
    public static final URI TYPE = URI.create("about:blank");

    private final URI server;
    private final boolean timedOut;

    /**
     * @param server   the server's base address
     * @param timedOut whether the connection was made but no answer came in time
     * @param message  what happened and what to do next
     * @param cause    the underlying failure
     */
    public ServerUnreachableException(URI server, boolean timedOut, String message, Throwable cause) {
        super(0, TYPE, timedOut ? "No answer from the server" : "Server unreachable", message, Map.of(), cause);
        this.server = server;
        this.timedOut = timedOut;
    }

    /** The server's base address that could not be reached. */
    public URI server() {
        return server;
    }

    /** Whether the server did not answer in time, rather than refusing or being unknown. */
    public boolean timedOut() {
        return timedOut;
    }
}
