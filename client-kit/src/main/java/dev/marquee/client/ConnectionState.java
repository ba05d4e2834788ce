package dev.marquee.client;

/** How the app's link to the server stands, as the connection indicator shows it. */
public enum ConnectionState {
    /** Connected; live updates arrive. */
    ONLINE,
    /** The connection dropped and is being re-established. */
    RECONNECTING,
    /** Not connected and not trying, for example before login or after logout. */
    OFFLINE
}
