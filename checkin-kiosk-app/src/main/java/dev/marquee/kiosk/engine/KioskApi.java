package dev.marquee.kiosk.engine;

import dev.marquee.client.MarqueeJson;
import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.Page;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.PairRequest;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import dev.marquee.model.inventory.TicketTypeView;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls a check-in kiosk makes to the Marquee server, authenticated with its device token.
 *
 * <p>Timeouts are short on purpose: a server that is slow to answer at a door is as good as gone, and the kiosk
 * then decides offline. Every failure maps to one of three exceptions: {@link ServerUnavailableException} (no answer,
 * timeout, 5xx), {@link DeviceRevokedException} (401 with a device token) and {@link RequestRefusedException} (any
 * other 4xx). Safe to use from several threads.
 */
public final class KioskApi {

    /** Time to open a connection before the server counts as unreachable. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    /** Time to wait for the server's answer before it counts as unreachable. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final JsonMapper json = MarqueeJson.mapper();
    private volatile String deviceToken;

    /** A client with the default short timeouts. */
    public KioskApi(URI baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    /**
     * @param baseUrl        the server, such as {@code http://localhost:8080}
     * @param connectTimeout how long to try to connect
     * @param readTimeout    how long to wait for an answer
     */
    public KioskApi(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        this.baseUrl = HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl").toString());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(connectTimeout.plus(readTimeout.multipliedBy(3)))
                // A retry would double the wait at the door; the kiosk decides offline instead.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The server's address. */
    public URI baseUrl() {
        return baseUrl.uri();
    }

    /** The device token sent with each call, if paired. */
    public Optional<String> deviceToken() {
        return Optional.ofNullable(deviceToken);
    }

    /** Sends this device token from now on, or none for {@code null}. */
    public void useDeviceToken(String token) {
        this.deviceToken = token;
    }

    /** Trades a pairing code for a device token, and uses that token from now on. */
    public DeviceToken pair(String code) {
        DeviceToken token = send(post("api/v1/devices/pair", new PairRequest(code.strip())), new TypeReference<DeviceToken>() { });
        useDeviceToken(token.token());
        return token;
    }

    /** The published events this kiosk's organizer runs, soonest first. */
    public List<EventView> publishedEvents() {
        HttpUrl url = url("api/v1/events").newBuilder().addQueryParameter("status", "PUBLISHED").addQueryParameter("limit", "100").build();
        Page<EventView> page = send(get(url), new TypeReference<Page<EventView>>() { });
        return page.items();
    }

    /** The check-in lists of an event. */
    public List<CheckInListView> lists(EventId event) {
        return send(get(url("api/v1/events/" + event.value() + "/checkin-lists")), new TypeReference<List<CheckInListView>>() { });
    }

    /** The ticket types of an event, for their names on the verdict screen. */
    public List<TicketTypeView> ticketTypes(EventId event) {
        return send(get(url("api/v1/events/" + event.value() + "/ticket-types")), new TypeReference<List<TicketTypeView>>() { });
    }

    /** Decides a scan on the server, which is authoritative; repeating a scan id repeats the first answer. */
    public RedeemResult redeem(RedeemRequest request) {
        return send(post("api/v1/checkin/redeem", request), new TypeReference<RedeemResult>() { });
    }

    /** A page of the list's changes after a sequence number; start at 0. */
    public ChangeFeed changes(CheckInListId list, long after, int limit) {
        HttpUrl url = url("api/v1/checkin/lists/" + list.value() + "/changes").newBuilder()
                .addQueryParameter("after", Long.toString(after))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return send(get(url), new TypeReference<ChangeFeed>() { });
    }

    /** Uploads scans decided offline; scan ids already known to the server are counted as repeated and ignored. */
    public ScanBatchResult upload(CheckInListId list, ScanBatch batch) {
        return send(post("api/v1/checkin/lists/" + list.value() + "/scans", batch), new TypeReference<ScanBatchResult>() { });
    }

    /** Who came in, as the server counts it. */
    public Attendance attendance(CheckInListId list) {
        return send(get(url("api/v1/checkin/lists/" + list.value() + "/attendance")), new TypeReference<Attendance>() { });
    }

    private HttpUrl url(String path) {
        return baseUrl.newBuilder().addPathSegments(path).build();
    }

    private Request.Builder get(HttpUrl url) {
        return new Request.Builder().url(url).get();
    }

    private Request.Builder post(String path, Object body) {
        return new Request.Builder().url(url(path)).post(RequestBody.create(json.writeValueAsBytes(body), JSON));
    }

    private <T> T send(Request.Builder builder, TypeReference<T> type) {
        String token = deviceToken;
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        Request request = builder.header("Accept", "application/json").build();
        // OkHttp asks for gzip by itself and unpacks it, so the change feed travels compressed.
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            int status = response.code();
            if (response.isSuccessful()) {
                return json.readValue(body, type);
            }
            if (status == 401 && token != null) {
                throw new DeviceRevokedException("The server no longer accepts this kiosk; pair it again with a new code");
            }
            if (status >= 500 || status == 408 || status == 429) {
                throw new ServerUnavailableException("The server answered " + status + " to " + request.url().encodedPath(), null);
            }
            throw new RequestRefusedException(status, problem(status, body));
        } catch (IOException e) {
            throw new ServerUnavailableException("No answer from " + baseUrl + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new ServerUnavailableException("The server's answer to " + request.url().encodedPath() + " could not be read", e);
        }
    }

    private String problem(int status, String body) {
        try {
            JsonNode node = json.readTree(body);
            String detail = node.path("detail").asString("");
            String title = node.path("title").asString("");
            if (!detail.isBlank()) {
                return detail;
            }
            if (!title.isBlank()) {
                return title;
            }
        } catch (JacksonException e) {
            // Not a problem document; fall through to the status.
        }
        return "The server refused the request (" + status + ")";
    }
}
