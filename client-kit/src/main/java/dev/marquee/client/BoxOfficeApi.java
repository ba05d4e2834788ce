package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import java.util.Optional;

/** The sale at the counter: holds, checkout and the seller's shift. Reach it through {@link MarqueeClient#boxOffice()}. */
public final class BoxOfficeApi {

    private final Transport transport;

    BoxOfficeApi(Transport transport) {
        this.transport = transport;
    }

    // ---------------------------------------------------------------- holds and checkout

    /** Reserves tickets for a counter sale with a fresh idempotency key. */
    public HoldView placeHold(EventId event, HoldRequest request) {
        return placeHold(event, request, IdempotencyKey.next());
    }

    /**
     * Reserves tickets for a counter sale; a box-office hold lasts a few minutes.
     *
     * @throws ConflictException   with type {@code sold-out} or {@code not-on-sale}
     * @throws ValidationException with type {@code limit-exceeded} for more than a type allows per order
     */
    public HoldView placeHold(EventId event, HoldRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/events/" + event + "/holds"), request, key, HoldView.class);
    }

    /** A hold with its lines and expiry. */
    public HoldView hold(HoldId id) {
        return transport.get(transport.url("api/v1/holds/" + id), HoldView.class);
    }

    /** Releases a hold: its tickets go back on sale at once. Sent once. */
    public void releaseHold(HoldId id) {
        transport.delete(transport.url("api/v1/holds/" + id));
    }

    /**
     * Pays a hold at the counter with a fresh idempotency key. Prefer {@link #checkout(HoldId,
     * BoxOfficeCheckoutRequest, IdempotencyKey)}, so that a retry after a failure cannot sell twice.
     */
    public SaleReceipt checkout(HoldId hold, BoxOfficeCheckoutRequest request) {
        return checkout(hold, request, IdempotencyKey.next());
    }

    /**
     * Pays a hold at the counter: cash (with change), card terminal reference or complimentary. Sending the same
     * request with the same key again returns the first receipt and sells nothing more.
     *
     * @throws ConflictException with type {@code hold-expired} or {@code no-open-shift}
     */
    public SaleReceipt checkout(HoldId hold, BoxOfficeCheckoutRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/holds/" + hold + "/checkout"), request, key, SaleReceipt.class);
    }

    // ---------------------------------------------------------------- shifts

    /** Opens a shift with a fresh idempotency key. */
    public ShiftView openShift(OpenShiftRequest request) {
        return openShift(request, IdempotencyKey.next());
    }

    /** Opens a box-office shift at a till with a cash float; needed before selling. */
    public ShiftView openShift(OpenShiftRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/shifts"), request, key, ShiftView.class);
    }

    /** The account's open shift, or empty when there is none. */
    public Optional<ShiftView> currentShift() {
        try {
            return Optional.of(transport.get(transport.url("api/v1/shifts/current"), ShiftView.class));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    /** Closes a shift with a fresh idempotency key. */
    public ZReport closeShift(ShiftId id, CloseShiftRequest request) {
        return closeShift(id, request, IdempotencyKey.next());
    }

    /** Closes a shift with the counted cash and returns its Z report. */
    public ZReport closeShift(ShiftId id, CloseShiftRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/shifts/" + id + "/close"), request, key, ZReport.class);
    }

    /** The Z report of a closed shift. */
    public ZReport zReport(ShiftId id) {
        return transport.get(transport.url("api/v1/shifts/" + id + "/z-report"), ZReport.class);
    }
}
