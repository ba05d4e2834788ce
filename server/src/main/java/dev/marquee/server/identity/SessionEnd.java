package dev.marquee.server.identity;

/** Why a signed-in session that was valid once is over, in words fit for the client to show. */
public enum SessionEnd {

    /** Logged out, account disabled or changed, or kiosk revoked. */
    REVOKED("Session ended, sign in again"),
    /** The token's time ran out. */
    EXPIRED("Session expired, sign in again");

    private final String words;

    SessionEnd(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
