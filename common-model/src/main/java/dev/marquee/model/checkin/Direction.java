package dev.marquee.model.checkin;

/** Whether a scan lets someone in or out. */
public enum Direction {
    /** Coming in. */
    ENTRY,
    /** Going out; only on lists that allow exit scans. */
    EXIT
}
