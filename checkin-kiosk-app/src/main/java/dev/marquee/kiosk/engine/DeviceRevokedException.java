package dev.marquee.kiosk.engine;

/** The server no longer accepts this kiosk's device token (401): the organizer revoked it, so it must pair again. */
public final class DeviceRevokedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeviceRevokedException(String message) {
        super(message);
    }
}
