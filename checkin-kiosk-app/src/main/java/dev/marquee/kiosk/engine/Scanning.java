package dev.marquee.kiosk.engine;

import dev.marquee.model.TicketTypeId;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.Verdict;
import dev.marquee.model.ticket.TicketTokenCodec;
import dev.marquee.model.ticket.TicketVerification;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verdicts: on the server while it answers, else from the local copy with {@link TicketTokenCodec#verify} and
 * {@link CheckInRules#decide}, exactly as the server decides. Every scan is committed to the cache before its verdict
 * is returned.
 */
final class Scanning {

    private static final Logger LOG = LoggerFactory.getLogger(Scanning.class);
    private static final int MAX_TOKEN = 2000;

    private final LocalCache cache;
    private final ServerLink server;
    private final WorkedList worked;
    private final String gate;
    private final Runnable statusChanged;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    Scanning(LocalCache cache, ServerLink server, WorkedList worked, String gate, Runnable statusChanged) {
        this.cache = cache;
        this.server = server;
        this.worked = worked;
        this.gate = gate;
        this.statusChanged = statusChanged;
    }

    /** Whether the scan is being sent right now, so an upload must not send it a second time alongside. */
    boolean inFlight(UUID scanId) {
        return inFlight.contains(scanId);
    }

    /** See {@link KioskEngine#scan(String, Instant, Direction)}. */
    ScanOutcome scan(CheckInListView current, String code, Instant now, Direction direction) {
        String token = code == null ? "" : code.strip();
        if (token.length() > MAX_TOKEN) {
            token = token.substring(0, MAX_TOKEN);
        }
        UUID scanId = UUID.randomUUID();
        if (!server.isOnline()) {
            return decideOffline(current, scanId, token, now, direction, false);
        }
        inFlight.add(scanId);
        try {
            cache.recordSent(scanId, token, now, gate, direction);
            RedeemRequest request = new RedeemRequest(token, current.id(), gate, scanId, now, direction);
            RedeemResult result;
            try {
                result = server.call(() -> server.client().checkIn().redeem(request));
            } catch (ServerUnavailableException | RequestRefusedException e) {
                LOG.info("Deciding scan {} offline: {}", scanId, e.getMessage());
                return decideOffline(current, scanId, token, now, direction, true);
            }
            UUID ticketId = result.ticketId() == null ? null : result.ticketId().value();
            cache.recordAnswer(scanId, result.verdict(), result.reason(), ticketId, direction, now, gate);
            statusChanged.run();
            return new ScanOutcome(scanId, result.verdict(), result.reason(), result.holderName(), result.ticketType(), result.firstAdmittedAt(),
                    result.firstGate(), false);
        } finally {
            inFlight.remove(scanId);
        }
    }

    private ScanOutcome decideOffline(CheckInListView current, UUID scanId, String token, Instant now, Direction direction, boolean sent) {
        UUID eventId = current.eventId().value();
        List<PublicKey> eventKeys = worked.keys();
        TicketVerification verification = TicketTokenCodec.verify(token, event -> event.equals(eventId) ? eventKeys : List.of());
        CheckInRules.Decision decision = CheckInRules.decide(verification, rules(current), cache::ticket, cache::presence, direction, now);
        ScanOutcome outcome = switch (decision) {
            case CheckInRules.Decision.Admit admit -> new ScanOutcome(scanId, Verdict.ADMITTED, null, admit.ticket().holderName(),
                    worked.typeName(admit.ticket().ticketTypeId()), null, null, true);
            case CheckInRules.Decision.Reject reject -> new ScanOutcome(scanId, Verdict.REJECTED, reject.reason(),
                    reject.ticket() == null ? null : reject.ticket().holderName(),
                    reject.ticket() == null ? null : worked.typeName(reject.ticket().ticketTypeId()),
                    reject.presence() == null ? null : reject.presence().firstAdmittedAt(),
                    reject.presence() == null ? null : reject.presence().firstGate(), true);
        };
        UUID ticketId = decision instanceof CheckInRules.Decision.Admit admit ? admit.ticket().ticketId() : null;
        cache.recordOffline(scanId, token, now, gate, direction, outcome.verdict(), outcome.reason(), ticketId, sent);
        statusChanged.run();
        return outcome;
    }

    private static CheckInRules.ListRules rules(CheckInListView list) {
        Set<UUID> types = list.ticketTypeIds().stream().map(TicketTypeId::value).collect(Collectors.toSet());
        return new CheckInRules.ListRules(list.eventId().value(), types, list.validFrom(), list.validUntil(), list.allowExit(), list.allowReentry());
    }
}
