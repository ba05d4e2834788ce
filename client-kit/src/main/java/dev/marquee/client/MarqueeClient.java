package dev.marquee.client;

import dev.marquee.model.auth.LoginRequest;
import dev.marquee.model.auth.LoginResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A typed client for the Marquee server's REST API ({@code /api/v1}), shared by the desktop apps. The calls are
 * grouped by area: {@link #catalog()} (organizers, venues, events), {@link #inventory()} (ticket types, quotas),
 * {@link #boxOffice()} (the sale at the counter, shifts), {@link #orders()}, {@link #shop()} (the public online
 * shop), {@link #checkIn()} (lists, gates, scans), {@link #devices()} (kiosks), {@link #reports()} (figures, CSV) and
 * {@link #staff()} (accounts, audit log), for example {@code client.checkIn().lists(eventId)}.
 *
 * <p><b>Session.</b> {@link #login} keeps the bearer token and sends it with every staff request until
 * {@link #logout}. A kiosk instead sends its device token, from {@link DevicesApi#pair} or {@link #useDeviceToken}.
 * The shop's calls never send a token.
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
 * the same key, so the server carries the action out once. PUT and DELETE, and POSTs without a key ({@link #login},
 * {@link #logout}, a kiosk's scans), are sent exactly once. {@link Builder#maxRetries(int) maxRetries(0)} switches
 * retries off, as the kiosk does: it decides offline rather than keep a person waiting at the door.
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

    private final Transport transport;
    private final StaffApi staff;
    private final CatalogApi catalog;
    private final InventoryApi inventory;
    private final BoxOfficeApi boxOffice;
    private final OrdersApi orders;
    private final ShopApi shop;
    private final CheckInApi checkIn;
    private final DevicesApi devices;
    private final ReportsApi reports;
    private volatile LoginResponse session;

    private MarqueeClient(Builder builder) {
        this.transport = new Transport(builder.baseUrl, builder.connectTimeout, builder.readTimeout, builder.callTimeout,
                new RetryPolicy(builder.maxRetries, builder.retryBackoff));
        this.staff = new StaffApi(transport);
        this.catalog = new CatalogApi(transport);
        this.inventory = new InventoryApi(transport);
        this.boxOffice = new BoxOfficeApi(transport);
        this.orders = new OrdersApi(transport);
        this.shop = new ShopApi(transport);
        this.checkIn = new CheckInApi(transport);
        this.devices = new DevicesApi(transport);
        this.reports = new ReportsApi(transport);
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
        return transport.baseUri();
    }

    // ---------------------------------------------------------------- areas

    /** Staff accounts and the audit log. */
    public StaffApi staff() {
        return staff;
    }

    /** Organizers, venues and events. */
    public CatalogApi catalog() {
        return catalog;
    }

    /** Ticket types and quotas. */
    public InventoryApi inventory() {
        return inventory;
    }

    /** The sale at the counter and the seller's shift. */
    public BoxOfficeApi boxOffice() {
        return boxOffice;
    }

    /** Orders and their tickets after the sale. */
    public OrdersApi orders() {
        return orders;
    }

    /** The public online shop, without login. */
    public ShopApi shop() {
        return shop;
    }

    /** Check-in lists, gates, scans and attendance. */
    public CheckInApi checkIn() {
        return checkIn;
    }

    /** Paired kiosks and pairing. */
    public DevicesApi devices() {
        return devices;
    }

    /** Sales figures and CSV exports. */
    public ReportsApi reports() {
        return reports;
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
        LoginResponse response = transport.read(transport.send("POST", transport.url("api/v1/auth/login"),
                new LoginRequest(username, password), null, false, Transport.ACCEPT_JSON), LoginResponse.class);
        session = response;
        transport.useBearer(response.token());
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
            transport.send("POST", transport.url("api/v1/auth/logout"), null, null, true, Transport.ACCEPT_JSON);
        } catch (NotAuthenticatedException alreadyEnded) {
            log.debug("Session had already ended on the server");
        } finally {
            session = null;
            transport.useBearer(null);
        }
    }

    /** Who is logged in, or empty before {@link #login} and after {@link #logout}. */
    public Optional<LoginResponse> session() {
        return Optional.ofNullable(session);
    }

    /**
     * Sends a kiosk's device token with every request from now on, as after {@link DevicesApi#pair}; {@code null}
     * sends none. It replaces a staff session, if any.
     */
    public void useDeviceToken(String token) {
        session = null;
        transport.useBearer(token);
    }

    /** The bearer token sent now (a staff session's or a kiosk's), for the live-update connection; empty when none. */
    public Optional<String> accessToken() {
        return transport.bearer();
    }

    /** Releases the connections and threads of this client. The session is not ended on the server. */
    @Override
    public void close() {
        transport.close();
    }

    /** Sets the timeouts and retries of a {@link MarqueeClient}. */
    public static final class Builder {

        private final URI baseUrl;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration callTimeout;
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

        /**
         * How long one attempt may take in all, from connecting to the answer's last byte, however slowly it trickles
         * in; no limit beyond the other timeouts by default.
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /** How often a safe request is sent again, 0 (never: retries off) to 5; 2 by default. */
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
