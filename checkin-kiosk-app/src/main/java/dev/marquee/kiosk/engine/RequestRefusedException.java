package dev.marquee.kiosk.engine;

/** The server answered but refused the request, such as an unknown pairing code; the message says why in words. */
public final class RequestRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public RequestRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the server answered with. */
    public int status() {
        return status;
    }
}
