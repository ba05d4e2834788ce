package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Page;
import dev.marquee.model.booking.PublicCheckoutRequest;
import dev.marquee.model.booking.PublicCheckoutResponse;
import dev.marquee.model.catalog.PublicEventView;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/**
 * The public online shop, as a buyer without an account sees it: these calls never send the staff's token. Reach it
 * through {@link MarqueeClient#shop()}.
 */
public final class ShopApi {

    private static final TypeReference<Page<PublicEventView>> PUBLIC_EVENT_PAGE = new TypeReference<>() {
    };

    private final Transport transport;

    ShopApi(Transport transport) {
        this.transport = transport;
    }

    /** One page of the published events that have not ended; {@link EventQuery#status()} is not used. */
    public Page<PublicEventView> events(EventQuery query) {
        HttpUrl.Builder url = transport.urlBuilder("api/v1/public/events");
        Transport.addFilters(url, query);
        return transport.read(publicCall("GET", url.build(), null, null, Transport.ACCEPT_JSON), PUBLIC_EVENT_PAGE);
    }

    /** A published event with the live availability of its ticket types. */
    public PublicEventView event(EventId id) {
        return transport.read(publicCall("GET", transport.url("api/v1/public/events/" + id), null, null, Transport.ACCEPT_JSON),
                PublicEventView.class);
    }

    /** Reserves tickets online with a fresh idempotency key. */
    public HoldView placeHold(EventId event, HoldRequest request) {
        return placeHold(event, request, IdempotencyKey.next());
    }

    /** Reserves tickets online; an online hold lasts about ten minutes. */
    public HoldView placeHold(EventId event, HoldRequest request, IdempotencyKey key) {
        return transport.read(publicCall("POST", transport.url("api/v1/public/events/" + event + "/holds"), request, key, Transport.ACCEPT_JSON),
                HoldView.class);
    }

    /** Pays a hold online with a fresh idempotency key. */
    public PublicCheckoutResponse checkout(HoldId hold, PublicCheckoutRequest request) {
        return checkout(hold, request, IdempotencyKey.next());
    }

    /**
     * Pays a hold online through the payment gateway; keep the answer's {@code accessSecret} to fetch the tickets.
     *
     * @throws PaymentFailedException when the payment is declined or times out; the hold is then released
     */
    public PublicCheckoutResponse checkout(HoldId hold, PublicCheckoutRequest request, IdempotencyKey key) {
        return transport.read(publicCall("POST", transport.url("api/v1/public/holds/" + hold + "/checkout"), request, key, Transport.ACCEPT_JSON),
                PublicCheckoutResponse.class);
    }

    /** The tickets of an online order as a PDF, with the order's access secret. */
    public byte[] ticketsPdf(String orderCode, String accessSecret) {
        HttpUrl url = transport.urlBuilder("api/v1/public/orders").addPathSegment(orderCode).addPathSegment("tickets.pdf")
                .addQueryParameter("secret", accessSecret).build();
        return publicCall("GET", url, null, null, Transport.ACCEPT_PDF);
    }

    private byte[] publicCall(String method, HttpUrl url, Object body, IdempotencyKey key, String accept) {
        return transport.send(method, url, body, key, false, accept);
    }
}
