package dev.marquee.kiosk.engine;

/** The server did not answer in time, could not be reached, or failed: the kiosk carries on offline. */
public final class ServerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
