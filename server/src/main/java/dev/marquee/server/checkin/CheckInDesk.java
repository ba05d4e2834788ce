package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketId;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.checkin.FeedCheckIn;
import dev.marquee.model.checkin.FeedTicket;
import dev.marquee.model.checkin.OfflineScan;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import dev.marquee.model.checkin.Verdict;
import dev.marquee.model.ticket.EventKeys;
import dev.marquee.model.ticket.TicketTokenCodec;
import dev.marquee.model.ticket.TicketVerification;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.ticketing.TicketIssuer;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate's side of the server: decides online scans, admitting a ticket once however many gates scan it at
 * the same moment (the admission is one conditional insert); serves the change feed kiosks sync from; takes the
 * scans kiosks made offline, keeping every one, first admission wins, later ones flagged as duplicates.
 */
@Service
@Transactional
public class CheckInDesk {

    private static final long KEY_CACHE_MILLIS = 30_000;

    private final CheckInStore store;
    private final CheckInLists lists;
    private final TicketIssuer tickets;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Map<UUID, CachedKeys> keys = new ConcurrentHashMap<>();

    CheckInDesk(CheckInStore store, CheckInLists lists, TicketIssuer tickets, ApplicationEventPublisher publisher, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.tickets = tickets;
        this.publisher = publisher;
        this.clock = clock;
    }

    private record CachedKeys(List<PublicKey> keys, long loadedAt) {
    }

    RedeemResult redeem(RedeemRequest request, StaffPrincipal gate) {
        CheckInStore.OwnedList list = lists.owned(request.listId(), gate);
        var previous = store.scan(request.scanId(), list.list().id());
        if (previous.isPresent()) {
            return replay(previous.get(), list.list().eventId());
        }
        Direction direction = request.direction() == null ? Direction.ENTRY : request.direction();
        Instant now = clock.instant();
        CheckInRules.Decision decision = decide(request.token(), list, direction, now);
        Outcome outcome = record(list, decision, request.scanId(), request.gate().trim(), direction, now, now, null, false, gate.username());
        return outcome.result(request.scanId());
    }

    @Transactional(readOnly = true)
    ChangeFeed changes(CheckInListId id, long after, int limit, StaffPrincipal gate) {
        CheckInStore.OwnedList list = lists.owned(id, gate);
        List<FeedTicket> ticketPage = store.ticketsSince(id, list.list().eventId(), after, limit + 1);
        List<FeedCheckIn> checkInPage = store.checkInsSince(id, after, limit + 1);
        // Merge by change number and cut at the limit, so the cursor never skips a change of either kind.
        List<FeedTicket> outTickets = new ArrayList<>();
        List<FeedCheckIn> outCheckIns = new ArrayList<>();
        int t = 0;
        int c = 0;
        long next = after;
        while (outTickets.size() + outCheckIns.size() < limit && (t < ticketPage.size() || c < checkInPage.size())) {
            boolean takeTicket = c >= checkInPage.size() || t < ticketPage.size() && ticketPage.get(t).seq() < checkInPage.get(c).seq();
            if (takeTicket) {
                next = ticketPage.get(t).seq();
                outTickets.add(ticketPage.get(t++));
            } else {
                next = checkInPage.get(c).seq();
                outCheckIns.add(checkInPage.get(c++));
            }
        }
        boolean hasMore = t < ticketPage.size() || c < checkInPage.size();
        return new ChangeFeed(list.list(), after, next, hasMore, outTickets, outCheckIns, tickets.publicKeys(list.list().eventId()));
    }

    ScanBatchResult upload(CheckInListId id, ScanBatch batch, StaffPrincipal gate) {
        CheckInStore.OwnedList list = lists.owned(id, gate);
        int accepted = 0;
        int repeated = 0;
        List<ScanBatchResult.DuplicateEntry> duplicates = new ArrayList<>();
        Instant received = clock.instant();
        for (OfflineScan scan : batch.scans()) {
            if (store.scan(scan.scanId(), id).isPresent()) {
                repeated++;
                continue;
            }
            Direction direction = scan.direction() == null ? Direction.ENTRY : scan.direction();
            CheckInRules.Decision decision = decide(scan.token(), list, direction, scan.scannedAt());
            Outcome outcome = record(list, decision, scan.scanId(), scan.gate().trim(), direction, scan.scannedAt(), received, scan, true,
                    gate.username());
            accepted++;
            if (outcome.duplicate()) {
                duplicates.add(new ScanBatchResult.DuplicateEntry(scan.scanId(), outcome.ticketId().toString(),
                        outcome.presence().firstAdmittedAt(), outcome.presence().firstGate()));
            }
        }
        return new ScanBatchResult(accepted, repeated, duplicates);
    }

    @Transactional(readOnly = true)
    Attendance attendance(CheckInListId id, StaffPrincipal staff) {
        lists.owned(id, staff);
        return store.attendance(id);
    }

    private CheckInRules.Decision decide(String token, CheckInStore.OwnedList list, Direction direction, Instant at) {
        TicketVerification verification = TicketTokenCodec.verify(token, this::publicKeys);
        return CheckInRules.decide(verification, list.rules(), ticket -> store.ticket(ticket, list.list().eventId()).orElse(null),
                ticket -> store.presence(ticket, list.list().id()).orElse(null), direction, at);
    }

    /** What happened to one scan, once recorded. */
    private record Outcome(Verdict verdict, RejectReason reason, UUID ticketId, CheckInRules.TicketState ticket,
            CheckInRules.Presence presence, boolean duplicate, String typeName) {

        RedeemResult result(UUID scanId) {
            String message = verdict == Verdict.ADMITTED ? "Admitted" : reason.words();
            return new RedeemResult(scanId, verdict, reason, message, ticketId == null ? null : new TicketId(ticketId),
                    ticket == null ? null : ticket.holderName(), typeName, presence == null ? null : presence.firstAdmittedAt(),
                    presence == null ? null : presence.firstGate());
        }
    }

    private Outcome record(CheckInStore.OwnedList owned, CheckInRules.Decision decision, UUID scanId, String gate, Direction direction,
            Instant scannedAt, Instant receivedAt, OfflineScan offline, boolean wasOffline, String device) {
        CheckInListId listId = owned.list().id();
        EventId event = owned.list().eventId();
        Verdict verdict;
        RejectReason reason = null;
        UUID ticketId = null;
        CheckInRules.TicketState ticket = null;
        CheckInRules.Presence presence = null;
        boolean duplicate = false;
        boolean changedPresence = false;
        boolean inside = false;
        boolean first = false;
        switch (decision) {
            case CheckInRules.Decision.Admit admit -> {
                ticket = admit.ticket();
                ticketId = ticket.ticketId();
                if (direction == Direction.EXIT) {
                    store.exit(ticketId, listId, scannedAt);
                    verdict = Verdict.ADMITTED;
                    changedPresence = true;
                } else if (admit.reentry() ? store.reenter(ticketId, listId, scannedAt) : store.admitFirst(ticketId, listId, gate, scannedAt)) {
                    verdict = Verdict.ADMITTED;
                    changedPresence = true;
                    inside = true;
                    first = !admit.reentry();
                } else {
                    // Another gate admitted it a moment ago: the insert or update above lost the race.
                    presence = store.presence(ticketId, listId).orElse(null);
                    verdict = Verdict.REJECTED;
                    reason = RejectReason.ALREADY_ADMITTED;
                }
            }
            case CheckInRules.Decision.Reject reject -> {
                verdict = Verdict.REJECTED;
                reason = reject.reason();
                ticket = reject.ticket();
                ticketId = ticket == null ? null : ticket.ticketId();
                presence = reject.presence();
            }
        }
        String stored = verdict.name();
        if (offline != null && offline.localVerdict() == Verdict.ADMITTED && verdict == Verdict.REJECTED
                && reason == RejectReason.ALREADY_ADMITTED) {
            // The kiosk let someone in whom another gate had admitted first: keep the scan, flag it, tell the organizer.
            duplicate = true;
            stored = Verdict.ADMITTED.name();
            publisher.publishEvent(new DuplicateEntryDetected(event, owned.organizerId(), listId, new TicketId(ticketId), gate, scannedAt,
                    presence == null ? null : presence.firstGate(), presence == null ? null : presence.firstAdmittedAt()));
        }
        if (changedPresence) {
            publisher.publishEvent(new AttendeeCheckedIn(event, owned.organizerId(), listId, new TicketId(ticketId), gate, inside,
                    scannedAt, first));
        }
        String typeName = ticket == null ? null : store.typeName(ticket.ticketTypeId()).orElse(null);
        // Last: the change number locks the event's counter row, which every gate's scan and every sale waits for.
        store.insertScan(scanId, listId, event, ticketId, gate, direction.name(), scannedAt, receivedAt, stored,
                reason == null ? null : reason.name(), offline == null ? null : offline.localVerdict().name(), wasOffline, duplicate, device,
                store.nextSeq(event));
        return new Outcome(verdict, reason, ticketId, ticket, presence, duplicate, typeName);
    }

    private RedeemResult replay(CheckInStore.StoredScan scan, EventId event) {
        CheckInRules.TicketState ticket = scan.ticketId() == null ? null : store.ticket(scan.ticketId(), event).orElse(null);
        RejectReason reason = scan.reason() == null ? null : RejectReason.valueOf(scan.reason());
        Verdict verdict = Verdict.valueOf(scan.verdict());
        String typeName = ticket == null ? null : store.typeName(ticket.ticketTypeId()).orElse(null);
        return new RedeemResult(scan.scanId(), verdict, reason, verdict == Verdict.ADMITTED ? "Admitted" : reason.words(),
                scan.ticketId() == null ? null : new TicketId(scan.ticketId()), ticket == null ? null : ticket.holderName(), typeName, null,
                null);
    }

    private List<PublicKey> publicKeys(UUID event) {
        long now = clock.millis();
        CachedKeys cached = keys.get(event);
        if (cached == null || now - cached.loadedAt() > KEY_CACHE_MILLIS) {
            cached = new CachedKeys(tickets.publicKeys(new EventId(event)).stream().map(EventKeys::decodePublic).toList(), now);
            keys.put(event, cached);
        }
        return cached.keys();
    }
}
