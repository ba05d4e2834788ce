package dev.marquee.model;

import java.net.URI;

/**
 * The stable {@code type} URIs of the RFC 9457 problem details that the server answers with.
 *
 * <p>Clients switch on these, never on the human-readable {@code title} or {@code detail}. The URIs are
 * identifiers; they need not resolve.
 */
public final class ProblemTypes {

    /** Common prefix of every Marquee problem type. */
    public static final String BASE = "https://marquee.dev/problems/";

    /** A request field failed validation; the {@code errors} property lists each field and why. */
    public static final URI VALIDATION_FAILED = type("validation-failed");
    /** The body or a parameter could not be read at all (bad JSON, wrong type, unknown enum value). */
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    /** No credentials, or credentials that are invalid, expired or revoked. */
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    /** Username and password do not match an enabled account. */
    public static final URI BAD_CREDENTIALS = type("bad-credentials");
    /** Authenticated, but the role does not allow this action. */
    public static final URI FORBIDDEN = type("forbidden");
    /** The resource does not exist, or lies outside the caller's organizer scope. */
    public static final URI NOT_FOUND = type("not-found");
    /** Too many attempts; the {@code Retry-After} header says when to try again. */
    public static final URI TOO_MANY_REQUESTS = type("too-many-requests");
    /** The request conflicts with existing data, such as a username that is taken. */
    public static final URI CONFLICT = type("conflict");
    /** The requested status change is not allowed from the current status. */
    public static final URI ILLEGAL_TRANSITION = type("illegal-transition");
    /** The HTTP method is not supported on this resource. */
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    /** Not enough tickets left for the hold; {@code ticketTypeId} names the type that ran out. */
    public static final URI SOLD_OUT = type("sold-out");
    /** The ticket type is outside its sale window, hidden from this channel, or the event is not published. */
    public static final URI NOT_ON_SALE = type("not-on-sale");
    /** More tickets in one order than the ticket type allows. */
    public static final URI LIMIT_EXCEEDED = type("limit-exceeded");
    /**
     * The client address already holds as many tickets of this event as the public API allows one address;
     * {@code limit} and {@code held} say how many, {@code nextExpiryAt} when the first of those holds lapses.
     */
    public static final URI HOLD_LIMIT_REACHED = type("hold-limit-reached");
    /** The hold expired or was released before checkout; take a new hold. */
    public static final URI HOLD_EXPIRED = type("hold-expired");
    /** The payment was declined, or the gateway did not answer in time; nothing was sold or charged. */
    public static final URI PAYMENT_FAILED = type("payment-failed");
    /** A box-office sale or cash refund needs an open shift at a till. */
    public static final URI NO_OPEN_SHIFT = type("no-open-shift");
    /** A refund larger than what is left of the payment. */
    public static final URI REFUND_EXCEEDS_PAYMENT = type("refund-exceeds-payment");
    /** An {@code Idempotency-Key} was sent again with a different request. */
    public static final URI IDEMPOTENCY_KEY_REUSED = type("idempotency-key-reused");
    /** The first request with this {@code Idempotency-Key} is still running; retry after {@code Retry-After}. */
    public static final URI IDEMPOTENCY_IN_PROGRESS = type("idempotency-in-progress");
    /** An amount of money, or a total computed from the request, is beyond what the API accepts. */
    public static final URI AMOUNT_OUT_OF_RANGE = type("amount-out-of-range");
    /** The request body is larger than the server accepts ({@code maxBytes} says how much). */
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    /** The server is too busy to take the request now (no database connection came free in time); nothing was done, so
     * the same request may be sent again after {@code Retry-After}. */
    public static final URI SERVER_BUSY = type("server-busy");
    /** Something went wrong on the server; the {@code traceId} property helps support find it in the logs. */
    public static final URI INTERNAL_ERROR = type("internal-error");

    private ProblemTypes() {
    }

    private static URI type(String slug) {
        return URI.create(BASE + slug);
    }
}
