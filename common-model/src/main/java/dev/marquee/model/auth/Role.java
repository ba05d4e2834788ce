package dev.marquee.model.auth;

/** What a staff user may do. A user holds one or more roles. */
public enum Role {
    /** Runs the installation: manages users and organizers, sees every organizer's data. */
    ADMIN,
    /** Sets up and runs the events of the organizers the user belongs to. */
    ORGANIZER,
    /** Sells and refunds tickets at the counter. */
    BOX_OFFICE,
    /** Scans tickets at the gate. */
    GATE
}
