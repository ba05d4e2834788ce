package dev.marquee.model.checkin;

/** Why a scan was rejected, each with the words a gate steward reads. */
public enum RejectReason {
    ALREADY_ADMITTED("Already admitted"),
    CANCELLED("Order cancelled"),
    REVOKED("Ticket revoked or replaced"),
    WRONG_EVENT("Ticket for another event"),
    NOT_ON_THIS_LIST("Not valid at this entrance"),
    NOT_YET_VALID("Not valid yet"),
    EXPIRED("No longer valid"),
    UNPAID("Not paid"),
    FORGED("Forged ticket"),
    UNREADABLE("Not a Marquee ticket");

    private final String words;

    RejectReason(String words) {
        this.words = words;
    }

    /** The reason in plain words for the screen. */
    public String words() {
        return words;
    }
}
