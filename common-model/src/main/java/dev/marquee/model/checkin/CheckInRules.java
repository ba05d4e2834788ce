package dev.marquee.model.checkin;

import dev.marquee.model.ticket.TicketToken;
import dev.marquee.model.ticket.TicketVerification;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules that turn a scanned code into a verdict, the same on the server and on an offline kiosk. The caller
 * supplies what it knows about the ticket and its presence; the final step, recording an admission so that it
 * happens once, is the caller's too, since only it can do that atomically.
 */
public final class CheckInRules {

    private CheckInRules() {
    }

    /**
     * What a check-in list admits.
     *
     * @param eventId       its event
     * @param ticketTypeIds the ticket types it admits
     * @param validFrom     from when, or {@code null}
     * @param validUntil    until when, or {@code null}
     * @param allowExit     whether exit scans count
     * @param allowReentry  whether someone who went out may come in again
     */
    public record ListRules(UUID eventId, Set<UUID> ticketTypeIds, Instant validFrom, Instant validUntil, boolean allowExit,
            boolean allowReentry) {

        public ListRules {
            ticketTypeIds = Set.copyOf(ticketTypeIds);
        }
    }

    /**
     * A ticket as known locally.
     *
     * @param ticketId     the ticket
     * @param ticketTypeId its type
     * @param status       {@code VALID}, {@code REVOKED}, {@code CANCELLED} or {@code UNPAID}
     * @param serial       its current serial
     * @param holderName   the name on it, or {@code null}
     */
    public record TicketState(UUID ticketId, UUID ticketTypeId, String status, int serial, String holderName) {
    }

    /**
     * Where a ticket stands on the list.
     *
     * @param inside          whether it is inside now
     * @param firstAdmittedAt when it was first admitted
     * @param firstGate       where
     */
    public record Presence(boolean inside, Instant firstAdmittedAt, String firstGate) {
    }

    /** The outcome before recording: admit, or reject with a reason. */
    public sealed interface Decision {

        /** @param token the genuine token; @param ticket what is known of the ticket; @param reentry whether it was inside before */
        record Admit(TicketToken token, TicketState ticket, boolean reentry) implements Decision {
        }

        /** @param reason why; @param ticket what is known of the ticket, or {@code null}; @param presence its presence, or {@code null} */
        record Reject(RejectReason reason, TicketState ticket, Presence presence) implements Decision {
        }
    }

    /**
     * Decides a scan.
     *
     * @param verification the result of verifying the scanned code's signature
     * @param list         the list the kiosk works
     * @param tickets      finds a ticket by id, or returns {@code null} when it is unknown
     * @param presences    finds a ticket's presence on the list, or returns {@code null} when it never came in
     * @param direction    entry or exit
     * @param now          the time of the scan
     */
    public static Decision decide(TicketVerification verification, ListRules list, Function<UUID, TicketState> tickets,
            Function<UUID, Presence> presences, Direction direction, Instant now) {
        TicketToken token;
        switch (verification) {
            case TicketVerification.Unreadable unreadable -> {
                return new Decision.Reject(RejectReason.UNREADABLE, null, null);
            }
            case TicketVerification.UnknownEvent unknown -> {
                return new Decision.Reject(unknown.eventId().equals(list.eventId()) ? RejectReason.FORGED : RejectReason.WRONG_EVENT, null, null);
            }
            case TicketVerification.Forged forged -> {
                return new Decision.Reject(RejectReason.FORGED, null, null);
            }
            case TicketVerification.Genuine genuine -> token = genuine.token();
        }
        if (!token.eventId().equals(list.eventId())) {
            return new Decision.Reject(RejectReason.WRONG_EVENT, null, null);
        }
        TicketState ticket = tickets.apply(token.ticketId());
        if (ticket == null) {
            // Signed by the event's key but never synced: treat as revoked rather than let an unknown ticket in.
            return new Decision.Reject(RejectReason.REVOKED, null, null);
        }
        switch (ticket.status()) {
            case "CANCELLED" -> {
                return new Decision.Reject(RejectReason.CANCELLED, ticket, null);
            }
            case "UNPAID" -> {
                return new Decision.Reject(RejectReason.UNPAID, ticket, null);
            }
            case "VALID" -> {
                // go on
            }
            default -> {
                return new Decision.Reject(RejectReason.REVOKED, ticket, null);
            }
        }
        if (ticket.serial() != token.serial()) {
            return new Decision.Reject(RejectReason.REVOKED, ticket, null);
        }
        if (!list.ticketTypeIds().contains(ticket.ticketTypeId())) {
            return new Decision.Reject(RejectReason.NOT_ON_THIS_LIST, ticket, null);
        }
        if (list.validFrom() != null && now.isBefore(list.validFrom()) || token.validFrom() != null && now.isBefore(token.validFrom())) {
            return new Decision.Reject(RejectReason.NOT_YET_VALID, ticket, null);
        }
        if (list.validUntil() != null && now.isAfter(list.validUntil()) || token.validUntil() != null && now.isAfter(token.validUntil())) {
            return new Decision.Reject(RejectReason.EXPIRED, ticket, null);
        }
        Presence presence = presences.apply(ticket.ticketId());
        if (direction == Direction.EXIT) {
            if (!list.allowExit()) {
                return new Decision.Reject(RejectReason.NOT_ON_THIS_LIST, ticket, presence);
            }
            return new Decision.Admit(token, ticket, false);
        }
        if (presence != null && (presence.inside() || !list.allowReentry())) {
            return new Decision.Reject(RejectReason.ALREADY_ADMITTED, ticket, presence);
        }
        return new Decision.Admit(token, ticket, presence != null);
    }
}
