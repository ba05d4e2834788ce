package dev.marquee.console;

import dev.marquee.client.ApiException;
import dev.marquee.client.ConflictException;
import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.MarqueeJson;
import dev.marquee.client.NotFoundException;
import dev.marquee.client.ServerUnreachableException;
import dev.marquee.client.ValidationException;
import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.checkin.GateView;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.PairingCodeView;
import dev.marquee.model.reporting.SalesSummary;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The server endpoints the console needs that {@link MarqueeClient} does not wrap yet: the sales summary and CSV
 * exports, check-in lists, gates and attendance, and kiosk devices. It sends the client's current bearer token and
 * turns refusals into the same {@link ApiException} types, so {@code ErrorPresenter} words them alike.
 */
public final class ConsoleApi {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String ACCEPT_JSON = "application/json, application/problem+json";
    private static final String ACCEPT_CSV = "text/csv, application/problem+json";

    private final MarqueeClient client;
    private final HttpUrl base;
    private final OkHttpClient http;
    private final JsonMapper json = MarqueeJson.mapper();

    public ConsoleApi(MarqueeClient client) {
        this.client = client;
        this.base = HttpUrl.get(client.baseUrl());
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(30)).build();
    }

    /** Tickets sold per type, revenue and sales per minute of one event. */
    public SalesSummary salesSummary(EventId event) {
        return read(send("GET", url("api/v1/events/" + event + "/sales-summary"), null, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    /** Every order of the event as the server's CSV. */
    public String ordersCsv(EventId event) {
        return new String(send("GET", url("api/v1/events/" + event + "/orders.csv"), null, ACCEPT_CSV), StandardCharsets.UTF_8);
    }

    /** Every ticket of the event with holder, order and check-in as the server's CSV. */
    public String attendeesCsv(EventId event) {
        return new String(send("GET", url("api/v1/events/" + event + "/attendees.csv"), null, ACCEPT_CSV), StandardCharsets.UTF_8);
    }

    public List<CheckInListView> checkInLists(EventId event) {
        return read(send("GET", url("api/v1/events/" + event + "/checkin-lists"), null, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    public CheckInListView createCheckInList(EventId event, CheckInListRequest request) {
        return read(send("POST", url("api/v1/events/" + event + "/checkin-lists"), request, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    public Attendance attendance(CheckInListId list) {
        return read(send("GET", url("api/v1/checkin/lists/" + list + "/attendance"), null, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    public List<GateView> gates(OrganizerId organizer) {
        HttpUrl url = url("api/v1/gates").newBuilder().addQueryParameter("organizerId", organizer.toString()).build();
        return read(send("GET", url, null, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    public GateView createGate(GateRequest request) {
        return read(send("POST", url("api/v1/gates"), request, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    /** A short-lived code a kiosk enters to pair itself with the organizer. */
    public PairingCodeView createPairingCode(PairingCodeRequest request) {
        return read(send("POST", url("api/v1/devices/pairing-codes"), request, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    public List<DeviceView> devices(OrganizerId organizer) {
        HttpUrl url = url("api/v1/devices").newBuilder().addQueryParameter("organizerId", organizer.toString()).build();
        return read(send("GET", url, null, ACCEPT_JSON), new TypeReference<>() {
        });
    }

    /** Revokes a paired kiosk: its device token stops working at once. */
    public void revokeDevice(UUID device) {
        send("DELETE", url("api/v1/devices/" + device), null, ACCEPT_JSON);
    }

    private HttpUrl url(String path) {
        return base.newBuilder().addPathSegments(path).build();
    }

    private <T> T read(byte[] body, TypeReference<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new ApiException(200, URI.create("about:blank"), "Unreadable answer",
                    "The Marquee server sent an answer this console cannot read. The console may be older than the server; update it.",
                    Map.of(), e);
        }
    }

    private byte[] send(String method, HttpUrl url, Object body, String accept) {
        Request.Builder request = new Request.Builder().url(url).header("Accept", accept);
        client.accessToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if ("POST".equals(method)) {
            request.header("Idempotency-Key", IdempotencyKey.next().value());
            byte[] payload = body == null ? new byte[0] : json.writeValueAsBytes(body);
            request.method(method, RequestBody.create(payload, JSON));
        } else {
            request.method(method, null);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            byte[] answer = response.body().bytes();
            if (response.isSuccessful()) {
                return answer;
            }
            throw problem(response.code(), answer);
        } catch (IOException e) {
            String server = client.baseUrl().toString().replaceAll("/+$", "");
            boolean timedOut = e instanceof SocketTimeoutException;
            throw new ServerUnreachableException(client.baseUrl(), timedOut, timedOut
                    ? "The Marquee server at " + server + " did not answer in time. Check the network and try again."
                    : "Cannot reach the Marquee server at " + server + ". Check the network and that the server is running.", e);
        }
    }

    private ApiException problem(int status, byte[] body) {
        URI type = URI.create("about:blank");
        String title = "The server refused";
        String detail = "The server refused this request (status " + status + ").";
        try {
            JsonNode node = json.readTree(body);
            if (node.hasNonNull("type")) {
                type = URI.create(node.get("type").asString());
            }
            if (node.hasNonNull("title")) {
                title = node.get("title").asString();
            }
            if (node.hasNonNull("detail")) {
                detail = node.get("detail").asString();
            }
        } catch (JacksonException | IllegalArgumentException unreadable) {
            // Not a problem document: keep the generic words.
            title = "The server refused";
        }
        return switch (status) {
            case 404 -> new NotFoundException(type, title, detail, Map.of());
            case 409 -> new ConflictException(type, title, detail, Map.of());
            case 400, 422 -> new ValidationException(status, type, title, detail, Map.of());
            default -> new ApiException(status, type, title, detail, Map.of(), null);
        };
    }
}
