package dev.marquee.client;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.Page;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.QuotaId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.UserId;
import dev.marquee.model.VenueId;
import dev.marquee.model.auth.AuditEntryView;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.LoginRequest;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.auth.UserView;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.PublicCheckoutRequest;
import dev.marquee.model.booking.PublicCheckoutResponse;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.CancelEventRequest;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.PublicEventView;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import dev.marquee.model.ticket.TicketCheck;
import dev.marquee.model.ticket.TicketCheckRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typed client for the Marquee server's REST API ({@code /api/v1}), shared by the desktop apps.
 *
 * <p><b>Session.</b> {@link #login} keeps the bearer token and sends it with every staff request until
 * {@link #logout}. Public methods ({@code public…}, {@link #placeOnlineHold}, {@link #checkoutOnline}) never send it.
 *
 * <p><b>Errors.</b> Every method throws an {@link ApiException} whose message is written for a person:
 * {@link NotAuthenticatedException} (401), {@link ForbiddenException} (403), {@link NotFoundException} (404),
 * {@link ConflictException} (409, including refusals such as sold out or hold expired),
 * {@link ValidationException} (400, 422), {@link PaymentFailedException} (402), {@link RateLimitedException} (429),
 * {@link ServerErrorException} (5xx) and {@link ServerUnreachableException} (no answer at all). Switch on
 * {@link ApiException#type()} to tell domain refusals apart.
 *
 * <p><b>Timeouts and retries.</b> Connecting may take 5 s and every read 15 s (see {@link Builder}). A request is
 * retried only where that is safe: GETs, and POSTs that carry an {@code Idempotency-Key}. Those are sent up to two
 * more times, after a short, growing, jittered pause, when the connection fails or times out or the answer is 502,
 * 503 or 504, or when the server says the first attempt with that key is still running (409
 * {@code idempotency-in-progress}: then after its {@code Retry-After}, at most 10 s). Every retry of a POST carries
 * the same key, so the server carries the action out once. PUT and
 * DELETE, and POSTs without a key ({@link #login}, {@link #logout}), are sent exactly once.
 *
 * <p><b>Idempotency keys.</b> Every state-changing POST has two forms. The one taking an {@link IdempotencyKey}
 * is for actions a person may repeat after a failure, such as paying: make the key with {@link IdempotencyKey#next()}
 * once per user action and pass it again on a retry, and the server replays its first answer instead of selling or
 * charging twice. The form without a key makes a fresh one per call, which protects the client's own retries but
 * not a second call.
 *
 * <p>Calls block: run them off the UI thread. An instance is safe to use from several threads at once.
 */
public final class MarqueeClient implements AutoCloseable {

    /** How long connecting to the server may take, unless the builder says otherwise. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for the server's answer, unless the builder says otherwise. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    /** How many times a safe request is sent again after a connection failure or 502/503/504. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** The pause before the first retry; it doubles for each further retry. */
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(MarqueeClient.class);
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String ACCEPT_JSON = "application/json, application/problem+json";
    private static final String ACCEPT_PDF = "application/pdf, application/problem+json";
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(502, 503, 504);
    /** The longest wait before asking again for the answer of a request whose first attempt is still running. */
    private static final Duration MAX_IN_PROGRESS_WAIT = Duration.ofSeconds(10);

    private static final TypeReference<List<UserView>> USERS = new TypeReference<>() {
    };
    private static final TypeReference<Page<AuditEntryView>> AUDIT_PAGE = new TypeReference<>() {
    };
    private static final TypeReference<List<OrganizerView>> ORGANIZERS = new TypeReference<>() {
    };
    private static final TypeReference<List<VenueView>> VENUES = new TypeReference<>() {
    };
    private static final TypeReference<Page<EventView>> EVENT_PAGE = new TypeReference<>() {
    };
    private static final TypeReference<Page<PublicEventView>> PUBLIC_EVENT_PAGE = new TypeReference<>() {
    };
    private static final TypeReference<List<TicketTypeView>> TICKET_TYPES = new TypeReference<>() {
    };
    private static final TypeReference<List<QuotaView>> QUOTAS = new TypeReference<>() {
    };
    private static final TypeReference<List<OrderView>> ORDERS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final URI baseUri;
    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final JsonMapper json;
    private final ProblemMapping problems;
    private final int maxRetries;
    private final Duration retryBackoff;
    private volatile LoginResponse session;

    private MarqueeClient(Builder builder) {
        this.baseUri = builder.baseUrl;
        this.baseUrl = HttpUrl.get(builder.baseUrl);
        this.json = MarqueeJson.mapper();
        this.problems = new ProblemMapping(json);
        this.maxRetries = builder.maxRetries;
        this.retryBackoff = builder.retryBackoff;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.readTimeout)
                // OkHttp would silently resend some failed requests, POSTs without a key included; the only
                // retries are the ones described above.
                .retryOnConnectionFailure(false)
                .build();
    }

    /**
     * A client with the default timeouts and retries.
     *
     * @param baseUrl the server's address, such as {@code http://localhost:8080}
     */
    public static MarqueeClient create(URI baseUrl) {
        return builder(baseUrl).build();
    }

    /**
     * A builder to change timeouts or retries.
     *
     * @param baseUrl the server's address, such as {@code http://localhost:8080}
     */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /** The server's address this client talks to. */
    public URI baseUrl() {
        return baseUri;
    }

    // ---------------------------------------------------------------- session

    /**
     * Logs in and keeps the bearer token for the following requests. Sent once, never retried.
     *
     * @return who logged in, with roles and organizers
     * @throws NotAuthenticatedException when the username or password is wrong or the account is disabled
     * @throws RateLimitedException      after too many failed logins; wait {@link RateLimitedException#retryAfter()}
     */
    public LoginResponse login(String username, String password) {
        LoginResponse response = read(send("POST", url("api/v1/auth/login"), new LoginRequest(username, password), null, false,
                ACCEPT_JSON), LoginResponse.class);
        session = response;
        return response;
    }

    /**
     * Ends the session on the server and forgets the token. The token is forgotten even when the server cannot be
     * reached; a session the server had already ended counts as logged out.
     */
    public void logout() {
        if (session == null) {
            return;
        }
        try {
            send("POST", url("api/v1/auth/logout"), null, null, true, ACCEPT_JSON);
        } catch (NotAuthenticatedException alreadyEnded) {
            log.debug("Session had already ended on the server");
        } finally {
            session = null;
        }
    }

    /** Who is logged in, or empty before {@link #login} and after {@link #logout}. */
    public Optional<LoginResponse> session() {
        return Optional.ofNullable(session);
    }

    /** The current bearer token, for the live-update connection; empty when nobody is logged in. */
    public Optional<String> accessToken() {
        LoginResponse current = session;
        return current == null ? Optional.empty() : Optional.of(current.token());
    }

    // ---------------------------------------------------------------- users (ADMIN; ORGANIZER for their own staff) and audit (ADMIN)

    /** The staff accounts the caller may manage: all for ADMIN, the non-admin staff of their organizers for ORGANIZER. */
    public List<UserView> users() {
        return read(get(url("api/v1/users")), USERS);
    }

    /** One staff account the caller may manage. */
    public UserView user(UserId id) {
        return read(get(url("api/v1/users/" + id)), UserView.class);
    }

    /** Creates a staff account with a fresh idempotency key; an ORGANIZER cannot grant ADMIN or other organizers. */
    public UserView createUser(CreateUserRequest request) {
        return createUser(request, IdempotencyKey.next());
    }

    /** Creates a staff account; an ORGANIZER cannot grant ADMIN or other organizers. */
    public UserView createUser(CreateUserRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/users"), request, key), UserView.class);
    }

    /** Changes a staff account the caller may manage; changing its access ends its sessions. Sent once. */
    public UserView updateUser(UserId id, UpdateUserRequest request) {
        return read(send("PUT", url("api/v1/users/" + id), request, null, true, ACCEPT_JSON), UserView.class);
    }

    /** Deletes a staff account the caller may manage. Sent once. */
    public void deleteUser(UserId id) {
        delete(url("api/v1/users/" + id));
    }

    /**
     * One page of the audit log, newest first. ADMIN only.
     *
     * @param action only entries with this action, such as {@code LOGIN_FAILED}, or {@code null} for all
     * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the newest entries
     * @param limit  entries per page, 1 to 500
     */
    public Page<AuditEntryView> auditLog(String action, String cursor, int limit) {
        HttpUrl.Builder url = urlBuilder("api/v1/audit").addQueryParameter("limit", Integer.toString(limit));
        addIfPresent(url, "action", action);
        addIfPresent(url, "cursor", cursor);
        return read(get(url.build()), AUDIT_PAGE);
    }

    // ---------------------------------------------------------------- organizers and venues

    /** The organizers the account belongs to; all of them for ADMIN. */
    public List<OrganizerView> organizers() {
        return read(get(url("api/v1/organizers")), ORGANIZERS);
    }

    /** One organizer. */
    public OrganizerView organizer(OrganizerId id) {
        return read(get(url("api/v1/organizers/" + id)), OrganizerView.class);
    }

    /** Creates an organizer with a fresh idempotency key. ADMIN only. */
    public OrganizerView createOrganizer(OrganizerRequest request) {
        return createOrganizer(request, IdempotencyKey.next());
    }

    /** Creates an organizer. ADMIN only. */
    public OrganizerView createOrganizer(OrganizerRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/organizers"), request, key), OrganizerView.class);
    }

    /** Renames an organizer. ADMIN only; sent once. */
    public OrganizerView renameOrganizer(OrganizerId id, OrganizerRequest request) {
        return read(send("PUT", url("api/v1/organizers/" + id), request, null, true, ACCEPT_JSON), OrganizerView.class);
    }

    /** The venues of the account's organizers. */
    public List<VenueView> venues() {
        return read(get(url("api/v1/venues")), VENUES);
    }

    /** One venue. */
    public VenueView venue(VenueId id) {
        return read(get(url("api/v1/venues/" + id)), VenueView.class);
    }

    /** Creates a venue with a fresh idempotency key. ORGANIZER or ADMIN. */
    public VenueView createVenue(VenueRequest request) {
        return createVenue(request, IdempotencyKey.next());
    }

    /** Creates a venue. ORGANIZER or ADMIN. */
    public VenueView createVenue(VenueRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/venues"), request, key), VenueView.class);
    }

    /** Changes a venue. ORGANIZER or ADMIN; sent once. */
    public VenueView updateVenue(VenueId id, VenueRequest request) {
        return read(send("PUT", url("api/v1/venues/" + id), request, null, true, ACCEPT_JSON), VenueView.class);
    }

    /** Deletes a venue. ORGANIZER or ADMIN; sent once. */
    public void deleteVenue(VenueId id) {
        delete(url("api/v1/venues/" + id));
    }

    // ---------------------------------------------------------------- events

    /**
     * One page of the events in the account's scope, soonest first. For the next page, pass the page's
     * {@code nextCursor} to {@link EventQuery#withCursor(String)}.
     */
    public Page<EventView> events(EventQuery query) {
        HttpUrl.Builder url = urlBuilder("api/v1/events");
        if (query.status() != null) {
            url.addQueryParameter("status", query.status().name());
        }
        addFilters(url, query);
        return read(get(url.build()), EVENT_PAGE);
    }

    /** One event. */
    public EventView event(EventId id) {
        return read(get(url("api/v1/events/" + id)), EventView.class);
    }

    /** Creates a draft event with a fresh idempotency key. ORGANIZER or ADMIN. */
    public EventView createEvent(EventRequest request) {
        return createEvent(request, IdempotencyKey.next());
    }

    /** Creates a draft event. ORGANIZER or ADMIN. */
    public EventView createEvent(EventRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/events"), request, key), EventView.class);
    }

    /** Changes a draft or published event. ORGANIZER or ADMIN; sent once. */
    public EventView updateEvent(EventId id, EventRequest request) {
        return read(send("PUT", url("api/v1/events/" + id), request, null, true, ACCEPT_JSON), EventView.class);
    }

    /** Deletes a draft. ORGANIZER or ADMIN; sent once. */
    public void deleteEvent(EventId id) {
        delete(url("api/v1/events/" + id));
    }

    /** Publishes a draft (DRAFT to PUBLISHED) with a fresh idempotency key. */
    public EventView publishEvent(EventId id) {
        return publishEvent(id, IdempotencyKey.next());
    }

    /** Publishes a draft (DRAFT to PUBLISHED). */
    public EventView publishEvent(EventId id, IdempotencyKey key) {
        return read(post(url("api/v1/events/" + id + "/publish"), null, key), EventView.class);
    }

    /** Cancels a published event with a fresh idempotency key; {@code reason} may be {@code null}. */
    public EventView cancelEvent(EventId id, String reason) {
        return cancelEvent(id, reason, IdempotencyKey.next());
    }

    /** Cancels a published event (PUBLISHED to CANCELLED); {@code reason} may be {@code null}. */
    public EventView cancelEvent(EventId id, String reason, IdempotencyKey key) {
        return read(post(url("api/v1/events/" + id + "/cancel"), new CancelEventRequest(reason), key), EventView.class);
    }

    /** Marks a started event completed with a fresh idempotency key. */
    public EventView completeEvent(EventId id) {
        return completeEvent(id, IdempotencyKey.next());
    }

    /** Marks a started event completed (PUBLISHED to COMPLETED). */
    public EventView completeEvent(EventId id, IdempotencyKey key) {
        return read(post(url("api/v1/events/" + id + "/complete"), null, key), EventView.class);
    }

    /** The public keys (Base64 X.509) that sign the event's tickets, for checking them offline. */
    public List<String> signingKeys(EventId id) {
        return read(get(url("api/v1/events/" + id + "/signing-keys")), STRINGS);
    }

    // ---------------------------------------------------------------- ticket types and quotas

    /** The event's ticket types with sold, held and available counts. */
    public List<TicketTypeView> ticketTypes(EventId event) {
        return read(get(url("api/v1/events/" + event + "/ticket-types")), TICKET_TYPES);
    }

    /** Adds a ticket type with a fresh idempotency key. ORGANIZER or ADMIN. */
    public TicketTypeView createTicketType(EventId event, TicketTypeRequest request) {
        return createTicketType(event, request, IdempotencyKey.next());
    }

    /** Adds a ticket type. ORGANIZER or ADMIN. */
    public TicketTypeView createTicketType(EventId event, TicketTypeRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/events/" + event + "/ticket-types"), request, key), TicketTypeView.class);
    }

    /** Changes a ticket type. ORGANIZER or ADMIN; sent once. */
    public TicketTypeView updateTicketType(EventId event, TicketTypeId id, TicketTypeRequest request) {
        return read(send("PUT", url("api/v1/events/" + event + "/ticket-types/" + id), request, null, true, ACCEPT_JSON),
                TicketTypeView.class);
    }

    /** Deletes a ticket type. ORGANIZER or ADMIN; sent once. */
    public void deleteTicketType(EventId event, TicketTypeId id) {
        delete(url("api/v1/events/" + event + "/ticket-types/" + id));
    }

    /** The event's shared capacity quotas. */
    public List<QuotaView> quotas(EventId event) {
        return read(get(url("api/v1/events/" + event + "/quotas")), QUOTAS);
    }

    /** Adds a quota with a fresh idempotency key. ORGANIZER or ADMIN. */
    public QuotaView createQuota(EventId event, QuotaRequest request) {
        return createQuota(event, request, IdempotencyKey.next());
    }

    /** Adds a quota. ORGANIZER or ADMIN. */
    public QuotaView createQuota(EventId event, QuotaRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/events/" + event + "/quotas"), request, key), QuotaView.class);
    }

    /** Changes a quota. ORGANIZER or ADMIN; sent once. */
    public QuotaView updateQuota(EventId event, QuotaId id, QuotaRequest request) {
        return read(send("PUT", url("api/v1/events/" + event + "/quotas/" + id), request, null, true, ACCEPT_JSON), QuotaView.class);
    }

    /** Deletes a quota. ORGANIZER or ADMIN; sent once. */
    public void deleteQuota(EventId event, QuotaId id) {
        delete(url("api/v1/events/" + event + "/quotas/" + id));
    }

    // ---------------------------------------------------------------- the sale at the counter

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
        return read(post(url("api/v1/events/" + event + "/holds"), request, key), HoldView.class);
    }

    /** A hold with its lines and expiry. */
    public HoldView hold(HoldId id) {
        return read(get(url("api/v1/holds/" + id)), HoldView.class);
    }

    /** Releases a hold: its tickets go back on sale at once. Sent once. */
    public void releaseHold(HoldId id) {
        delete(url("api/v1/holds/" + id));
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
        return read(post(url("api/v1/holds/" + hold + "/checkout"), request, key), SaleReceipt.class);
    }

    // ---------------------------------------------------------------- orders

    /**
     * Finds orders, newest first.
     *
     * @param query an order code (any case, dash optional), a buyer's email or name; {@code null} for any
     * @param event only orders of this event, or {@code null}
     * @param limit at most this many, 1 to 200
     */
    public List<OrderView> findOrders(String query, EventId event, int limit) {
        HttpUrl.Builder url = urlBuilder("api/v1/orders").addQueryParameter("limit", Integer.toString(limit));
        addIfPresent(url, "q", query);
        addIfPresent(url, "eventId", event == null ? null : event.toString());
        return read(get(url.build()), ORDERS);
    }

    /** One order with its tickets. */
    public OrderView order(OrderId id) {
        return read(get(url("api/v1/orders/" + id)), OrderView.class);
    }

    /** Cancels an order with a fresh idempotency key. */
    public OrderView cancelOrder(OrderId id) {
        return cancelOrder(id, IdempotencyKey.next());
    }

    /** Cancels a pending order, or refunds a paid one whole and cancels it. */
    public OrderView cancelOrder(OrderId id, IdempotencyKey key) {
        return read(post(url("api/v1/orders/" + id + "/cancel"), null, key), OrderView.class);
    }

    /** Refunds tickets with a fresh idempotency key. */
    public OrderView refund(OrderId id, RefundRequest request) {
        return refund(id, request, IdempotencyKey.next());
    }

    /**
     * Refunds some tickets, or every valid one when {@code ticketIds} is empty; their QR codes stop working and they
     * go back on sale.
     *
     * @throws ConflictException with type {@code refund-exceeds-payment} or {@code no-open-shift} (cash)
     */
    public OrderView refund(OrderId id, RefundRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/orders/" + id + "/refund"), request, key), OrderView.class);
    }

    /** Gives a ticket a new QR code with a fresh idempotency key. */
    public OrderTicketView reissueTicket(OrderId order, TicketId ticket) {
        return reissueTicket(order, ticket, IdempotencyKey.next());
    }

    /** Gives a ticket a new QR code (its serial rises); the old code stops working. */
    public OrderTicketView reissueTicket(OrderId order, TicketId ticket, IdempotencyKey key) {
        return read(post(url("api/v1/orders/" + order + "/tickets/" + ticket + "/reissue"), null, key), OrderTicketView.class);
    }

    /** The order's tickets as a PDF, ready to print. */
    public byte[] ticketsPdf(OrderId id) {
        return send("GET", url("api/v1/orders/" + id + "/tickets.pdf"), null, null, true, ACCEPT_PDF);
    }

    // ---------------------------------------------------------------- shifts

    /** Opens a shift with a fresh idempotency key. */
    public ShiftView openShift(OpenShiftRequest request) {
        return openShift(request, IdempotencyKey.next());
    }

    /** Opens a box-office shift at a till with a cash float; needed before selling. */
    public ShiftView openShift(OpenShiftRequest request, IdempotencyKey key) {
        return read(post(url("api/v1/shifts"), request, key), ShiftView.class);
    }

    /** The account's open shift, or empty when there is none. */
    public Optional<ShiftView> currentShift() {
        try {
            return Optional.of(read(get(url("api/v1/shifts/current")), ShiftView.class));
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
        return read(post(url("api/v1/shifts/" + id + "/close"), request, key), ZReport.class);
    }

    /** The Z report of a closed shift. */
    public ZReport zReport(ShiftId id) {
        return read(get(url("api/v1/shifts/" + id + "/z-report")), ZReport.class);
    }

    // ---------------------------------------------------------------- tickets

    /**
     * Checks a scanned QR code without admitting anyone. It changes nothing, so it is sent with a fresh idempotency
     * key and retried like a GET.
     */
    public TicketCheck verifyTicket(String token) {
        return read(post(url("api/v1/tickets/verify"), new TicketCheckRequest(token), IdempotencyKey.next()), TicketCheck.class);
    }

    // ---------------------------------------------------------------- public sales, no login

    /** One page of the published events that have not ended; {@link EventQuery#status()} is not used. */
    public Page<PublicEventView> publicEvents(EventQuery query) {
        HttpUrl.Builder url = urlBuilder("api/v1/public/events");
        addFilters(url, query);
        return read(send("GET", url.build(), null, null, false, ACCEPT_JSON), PUBLIC_EVENT_PAGE);
    }

    /** A published event with the live availability of its ticket types. */
    public PublicEventView publicEvent(EventId id) {
        return read(send("GET", url("api/v1/public/events/" + id), null, null, false, ACCEPT_JSON), PublicEventView.class);
    }

    /** Reserves tickets online with a fresh idempotency key. */
    public HoldView placeOnlineHold(EventId event, HoldRequest request) {
        return placeOnlineHold(event, request, IdempotencyKey.next());
    }

    /** Reserves tickets online, as a buyer without an account; an online hold lasts about ten minutes. */
    public HoldView placeOnlineHold(EventId event, HoldRequest request, IdempotencyKey key) {
        return read(send("POST", url("api/v1/public/events/" + event + "/holds"), request, key, false, ACCEPT_JSON), HoldView.class);
    }

    /** Pays a hold online with a fresh idempotency key. */
    public PublicCheckoutResponse checkoutOnline(HoldId hold, PublicCheckoutRequest request) {
        return checkoutOnline(hold, request, IdempotencyKey.next());
    }

    /**
     * Pays a hold online through the payment gateway; keep the answer's {@code accessSecret} to fetch the tickets.
     *
     * @throws PaymentFailedException when the payment is declined or times out; the hold is then released
     */
    public PublicCheckoutResponse checkoutOnline(HoldId hold, PublicCheckoutRequest request, IdempotencyKey key) {
        return read(send("POST", url("api/v1/public/holds/" + hold + "/checkout"), request, key, false, ACCEPT_JSON),
                PublicCheckoutResponse.class);
    }

    /** The tickets of an online order as a PDF, with the order's access secret. */
    public byte[] publicTicketsPdf(String orderCode, String accessSecret) {
        HttpUrl url = urlBuilder("api/v1/public/orders").addPathSegment(orderCode).addPathSegment("tickets.pdf")
                .addQueryParameter("secret", accessSecret).build();
        return send("GET", url, null, null, false, ACCEPT_PDF);
    }

    /** Releases the connections and threads of this client. The session is not ended on the server. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // ---------------------------------------------------------------- plumbing

    private HttpUrl url(String path) {
        return urlBuilder(path).build();
    }

    private HttpUrl.Builder urlBuilder(String path) {
        return baseUrl.newBuilder().addPathSegments(path);
    }

    private static void addIfPresent(HttpUrl.Builder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.addQueryParameter(name, value);
        }
    }

    private static void addFilters(HttpUrl.Builder url, EventQuery query) {
        addIfPresent(url, "from", query.from() == null ? null : query.from().toString());
        addIfPresent(url, "to", query.to() == null ? null : query.to().toString());
        addIfPresent(url, "q", query.text());
        addIfPresent(url, "cursor", query.cursor());
        url.addQueryParameter("limit", Integer.toString(query.limit()));
    }

    private byte[] get(HttpUrl url) {
        return send("GET", url, null, null, true, ACCEPT_JSON);
    }

    private byte[] post(HttpUrl url, Object body, IdempotencyKey key) {
        return send("POST", url, body, Objects.requireNonNull(key, "key"), true, ACCEPT_JSON);
    }

    private void delete(HttpUrl url) {
        send("DELETE", url, null, null, true, ACCEPT_JSON);
    }

    private <T> T read(byte[] body, Class<T> type) {
        return read(body, json.getTypeFactory().constructType(type));
    }

    private <T> T read(byte[] body, TypeReference<T> type) {
        return read(body, json.getTypeFactory().constructType(type));
    }

    private <T> T read(byte[] body, JavaType type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new ApiException(200, URI.create("about:blank"), "Unreadable answer",
                    "The Marquee server sent an answer this app cannot read. The app may be older than the server; update it.",
                    Map.of(), e);
        }
    }

    /**
     * Sends a request, retrying where that is safe, and returns the body of a successful answer.
     *
     * @param key   the idempotency key of a POST, or {@code null}
     * @param staff whether to send the bearer token
     */
    private byte[] send(String method, HttpUrl url, Object body, IdempotencyKey key, boolean staff, String accept) {
        Request.Builder request = new Request.Builder().url(url).header("Accept", accept);
        LoginResponse current = session;
        if (staff && current != null) {
            request.header("Authorization", "Bearer " + current.token());
        }
        if (key != null) {
            request.header(IDEMPOTENCY_KEY, key.value());
        }
        if (body != null) {
            request.method(method, RequestBody.create(json.writeValueAsBytes(body), JSON));
        } else {
            request.method(method, "POST".equals(method) ? RequestBody.EMPTY : null);
        }
        boolean retryable = "GET".equals(method) || ("POST".equals(method) && key != null);
        Answer answer = exchange(request.build(), retryable);
        if (answer.status() >= 200 && answer.status() < 300) {
            return answer.body();
        }
        throw problems.toException(answer.status(), answer.contentType(), answer.body(), answer.retryAfter());
    }

    private Answer exchange(Request request, boolean retryable) {
        for (int attempt = 1; ; attempt++) {
            boolean mayRetry = retryable && attempt <= maxRetries;
            Duration stillRunning = null;
            try (Response response = http.newCall(request).execute()) {
                if (!mayRetry || !RETRYABLE_STATUSES.contains(response.code())) {
                    MediaType type = response.body().contentType();
                    Answer answer = new Answer(response.code(), type == null ? null : type.toString(), response.body().bytes(),
                            response.header("Retry-After"));
                    stillRunning = mayRetry ? stillRunning(answer) : null;
                    if (stillRunning == null) {
                        return answer;
                    }
                }
                log.debug("{} {} answered {}; trying again", request.method(), request.url().encodedPath(), response.code());
            } catch (IOException e) {
                if (!mayRetry || interrupted(e)) {
                    throw unreachable(request, e, retryable);
                }
                log.debug("{} {} failed ({}); trying again", request.method(), request.url().encodedPath(), e.toString());
            }
            if (stillRunning != null) {
                sleep(stillRunning.toMillis(), request, retryable);
            } else {
                pause(attempt, request, retryable);
            }
        }
    }

    /**
     * How long to wait when a keyed POST was refused because its first attempt is still running on the server (a
     * retry after a read timeout, say): the server's {@code Retry-After}, at most {@link #MAX_IN_PROGRESS_WAIT};
     * {@code null} for any other answer.
     */
    private static Duration stillRunning(Answer answer) {
        if (answer.status() != 409 || answer.body() == null
                || !new String(answer.body(), StandardCharsets.UTF_8).contains(ProblemTypes.IDEMPOTENCY_IN_PROGRESS.toString())) {
            return null;
        }
        long seconds = 1;
        try {
            seconds = answer.retryAfter() == null ? 1 : Math.max(1, Long.parseLong(answer.retryAfter().trim()));
        } catch (NumberFormatException notSeconds) {
            // An HTTP date instead of seconds: wait the shortest time.
        }
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_IN_PROGRESS_WAIT) > 0 ? MAX_IN_PROGRESS_WAIT : wait;
    }

    private void pause(int attempt, Request request, boolean retryable) {
        long base = retryBackoff.toMillis() << (attempt - 1);
        long millis = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        sleep(millis, request, retryable);
    }

    private void sleep(long millis, Request request, boolean retryable) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(request, new InterruptedIOException("Interrupted while waiting to try again"), retryable);
        }
    }

    private static boolean interrupted(IOException e) {
        return Thread.currentThread().isInterrupted() || (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException));
    }

    private ServerUnreachableException unreachable(Request request, IOException failure, boolean retryable) {
        String server = baseUri.toString().replaceAll("/+$", "");
        if (failure instanceof SocketTimeoutException) {
            String advice = retryable
                    ? "Check the network and try again; trying again is safe."
                    : "It may or may not have gone through; check before trying again.";
            return new ServerUnreachableException(baseUri, true,
                    "The Marquee server at " + server + " did not answer in time. " + advice, failure);
        }
        log.debug("{} {} could not reach the server", request.method(), request.url().encodedPath(), failure);
        return new ServerUnreachableException(baseUri, false,
                "Cannot reach the Marquee server at " + server + ". Check the network and that the server is running.", failure);
    }

    private record Answer(int status, String contentType, byte[] body, String retryAfter) {
    }

    /** Sets the timeouts and retries of a {@link MarqueeClient}. */
    public static final class Builder {

        private final URI baseUrl;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;

        private Builder(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            String scheme = baseUrl.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("The server address must start with http:// or https://, not '" + baseUrl + "'");
            }
            this.baseUrl = baseUrl;
        }

        /** How long connecting may take; 5 s by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each answer; 15 s by default. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** How often a safe request is sent again, 0 to 5; 2 by default. */
        public Builder maxRetries(int retries) {
            if (retries < 0 || retries > 5) {
                throw new IllegalArgumentException("maxRetries is 0 to 5, not " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /** The pause before the first retry, doubled for each further one and jittered; 200 ms by default. */
        public Builder retryBackoff(Duration backoff) {
            this.retryBackoff = positive(backoff, "retryBackoff");
            return this;
        }

        /** The client. */
        public MarqueeClient build() {
            return new MarqueeClient(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }
}
