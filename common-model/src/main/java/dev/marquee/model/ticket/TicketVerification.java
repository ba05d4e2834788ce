package dev.marquee.model.ticket;

import java.util.Objects;
import java.util.UUID;

/**
 * The verdict on a scanned code, as returned by {@link TicketTokenCodec#verify}.
 *
 * <p>Only {@link Genuine} carries a token; the other verdicts carry what can be said safely about a code that cannot be
 * trusted. Whether a genuine ticket is for this gate, inside its validity window, or already used is for the caller
 * to decide.
 */
public sealed interface TicketVerification {

    /**
     * The code was signed with one of the event's keys.
     *
     * @param token what the code asserts
     */
    record Genuine(TicketToken token) implements TicketVerification {

        /** Requires a token. */
        public Genuine {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * The code is well-formed, but its signature does not verify with any of the event's keys: it was altered, or
     * signed with a key that is not the event's.
     *
     * @param eventId the event the code claims; not to be trusted, only to be reported
     */
    record Forged(UUID eventId) implements TicketVerification {

        /** Requires an event id. */
        public Forged {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /**
     * The code is well-formed, but no key is known for the event it names, so it cannot be checked; typically a
     * ticket for another event.
     *
     * @param eventId the event the code claims; not to be trusted, only to be reported
     */
    record UnknownEvent(UUID eventId) implements TicketVerification {

        /** Requires an event id. */
        public UnknownEvent {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /**
     * The code is not a Marquee ticket this software can read: wrong prefix, damaged text, wrong length, or a format
     * version it does not know.
     *
     * @param reason what was wrong, in words for logs and staff
     */
    record Unreadable(String reason) implements TicketVerification {

        /** Requires a reason. */
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
