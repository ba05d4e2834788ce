package dev.marquee.model.checkin;

/** The answer to a scan. */
public enum Verdict {
    /** Let them pass. */
    ADMITTED,
    /** Stop them; the reason says why. */
    REJECTED
}
