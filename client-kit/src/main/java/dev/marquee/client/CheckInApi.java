package dev.marquee.client;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.checkin.GateView;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import java.util.List;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/**
 * Check-in at the door: the organizer's lists and gates, and a kiosk's scans, change feed and attendance. Reach it
 * through {@link MarqueeClient#checkIn()}.
 *
 * <p>{@link #redeem} and {@link #uploadScans} carry no idempotency key and are sent once: each scan's own id makes a
 * repeat harmless, since the server answers a known scan id with its first verdict.
 */
public final class CheckInApi {

    private static final TypeReference<List<CheckInListView>> LISTS = new TypeReference<>() {
    };
    private static final TypeReference<List<GateView>> GATES = new TypeReference<>() {
    };

    private final Transport transport;

    CheckInApi(Transport transport) {
        this.transport = transport;
    }

    // ---------------------------------------------------------------- lists and gates (organizer)

    /** The check-in lists of an event. */
    public List<CheckInListView> lists(EventId event) {
        return transport.get(transport.url("api/v1/events/" + event + "/checkin-lists"), LISTS);
    }

    /** Adds a check-in list with a fresh idempotency key. ORGANIZER or ADMIN. */
    public CheckInListView createList(EventId event, CheckInListRequest request) {
        return createList(event, request, IdempotencyKey.next());
    }

    /** Adds a check-in list: which ticket types it admits, when, and whether people may leave and come back. */
    public CheckInListView createList(EventId event, CheckInListRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + event + "/checkin-lists"), request, key, CheckInListView.class);
    }

    /** The organizer's gates, by which scans are counted. */
    public List<GateView> gates(OrganizerId organizer) {
        HttpUrl url = transport.urlBuilder("api/v1/gates").addQueryParameter("organizerId", organizer.toString()).build();
        return transport.get(url, GATES);
    }

    /** Adds a gate with a fresh idempotency key. ORGANIZER or ADMIN. */
    public GateView createGate(GateRequest request) {
        return createGate(request, IdempotencyKey.next());
    }

    /** Adds a gate. ORGANIZER or ADMIN. */
    public GateView createGate(GateRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/gates"), request, key, GateView.class);
    }

    /** Who came in, as the server counts it. */
    public Attendance attendance(CheckInListId list) {
        return transport.get(transport.url("api/v1/checkin/lists/" + list + "/attendance"), Attendance.class);
    }

    // ---------------------------------------------------------------- scanning (a paired kiosk)

    /** Decides a scan on the server, which is authoritative; repeating a scan id repeats the first answer. Sent once. */
    public RedeemResult redeem(RedeemRequest request) {
        return transport.postOnce(transport.url("api/v1/checkin/redeem"), request, RedeemResult.class);
    }

    /**
     * A page of the list's changes (tickets, check-ins, the list itself and its signing keys) after a sequence number.
     * The answer travels gzip-compressed.
     *
     * @param after the previous page's {@code next}, or 0 for the whole list
     * @param limit tickets per page
     */
    public ChangeFeed changes(CheckInListId list, long after, int limit) {
        HttpUrl url = transport.urlBuilder("api/v1/checkin/lists/" + list + "/changes")
                .addQueryParameter("after", Long.toString(after))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return transport.get(url, ChangeFeed.class);
    }

    /** Uploads scans decided offline; scan ids already known to the server are counted as repeated and ignored. Sent once. */
    public ScanBatchResult uploadScans(CheckInListId list, ScanBatch batch) {
        return transport.postOnce(transport.url("api/v1/checkin/lists/" + list + "/scans"), batch, ScanBatchResult.class);
    }
}
