package dev.marquee.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.MarqueeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * The people behind the kiosk, through the real API of the demo server: the organizer makes a check-in list and
 * pairing codes, the box office sells and refunds.
 */
public final class Organizer {

    /** A sold ticket. */
    public record Sold(String id, String orderId, String qrText) {
    }

    private final URI server;
    private final OkHttpClient http = new OkHttpClient();
    private final String organizerToken;
    private String boxOfficeToken;
    private JsonNode event;
    private String standingTypeId;

    public Organizer(URI server) {
        this.server = server;
        this.organizerToken = login("organizer");
    }

    /** The demo concert, "The Lanterns: Winter Tour". */
    public JsonNode concert() {
        if (event == null) {
            for (JsonNode candidate : call("GET", "/api/v1/events?status=PUBLISHED", organizerToken, null).path("items")) {
                if (candidate.path("title").asString().startsWith("The Lanterns")) {
                    event = candidate;
                }
            }
            for (JsonNode type : call("GET", "/api/v1/events/" + eventId() + "/ticket-types", organizerToken, null)) {
                if (type.path("name").asString().equals("Standing")) {
                    standingTypeId = type.path("id").asString();
                }
            }
        }
        return event;
    }

    public String eventId() {
        return concert().path("id").asString();
    }

    /** A list admitting Standing tickets, once each. */
    public String createStandingList(String name) {
        concert();
        return call("POST", "/api/v1/events/" + eventId() + "/checkin-lists", organizerToken,
                Map.of("name", name, "ticketTypeIds", List.of(standingTypeId), "allowExit", false, "allowReentry", false)).path("id").asString();
    }

    public String pairingCode(String deviceName) {
        return call("POST", "/api/v1/devices/pairing-codes", organizerToken,
                Map.of("organizerId", concert().path("organizerId").asString(), "deviceName", deviceName)).path("code").asString();
    }

    /** Revokes every paired kiosk of that name. */
    public void revokeDevice(String deviceName) {
        for (JsonNode device : call("GET", "/api/v1/devices?organizerId=" + concert().path("organizerId").asString(), organizerToken, null)) {
            if (device.path("name").asString().equals(deviceName)) {
                call("DELETE", "/api/v1/devices/" + device.path("id").asString(), organizerToken, null);
            }
        }
    }

    /** Sells Standing tickets at the box office for cash, to Mia Muster. */
    public List<Sold> sellStanding(int quantity) {
        concert();
        if (boxOfficeToken == null) {
            boxOfficeToken = login("boxoffice");
            call("POST", "/api/v1/shifts", boxOfficeToken, Map.of("till", "Counter 1", "openingFloat", Map.of("amountMinor", 0, "currency", "EUR")));
        }
        JsonNode hold = call("POST", "/api/v1/events/" + eventId() + "/holds", boxOfficeToken,
                Map.of("items", List.of(Map.of("ticketTypeId", standingTypeId, "quantity", quantity))));
        JsonNode sale = call("POST", "/api/v1/holds/" + hold.path("holdId").asString() + "/checkout", boxOfficeToken,
                Map.of("method", "CASH", "tendered", Map.of("amountMinor", 1_000_000, "currency", "EUR"), "buyerName", "Mia Muster"));
        List<Sold> sold = new ArrayList<>();
        String orderId = sale.path("order").path("id").asString();
        for (JsonNode ticket : sale.path("order").path("tickets")) {
            sold.add(new Sold(ticket.path("id").asString(), orderId, ticket.path("qrText").asString()));
        }
        return sold;
    }

    public void refund(Sold ticket) {
        call("POST", "/api/v1/orders/" + ticket.orderId() + "/refund", boxOfficeToken, Map.of("ticketIds", List.of(ticket.id()), "reason", "Cannot come"));
    }

    public JsonNode attendance(String listId) {
        return call("GET", "/api/v1/checkin/lists/" + listId + "/attendance", organizerToken, null);
    }

    private String login(String username) {
        return call("POST", "/api/v1/auth/login", null, Map.of("username", username, "password", "marquee-demo")).path("token").asString();
    }

    private JsonNode call(String method, String path, String token, Object body) {
        Request.Builder request = new Request.Builder().url(server.resolve(path).toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        RequestBody payload = body == null ? null : RequestBody.create(MarqueeJson.mapper().writeValueAsBytes(body), MediaType.get("application/json"));
        if (payload == null && method.equals("POST")) {
            payload = RequestBody.create(new byte[0], MediaType.get("application/json"));
        }
        request.method(method, payload);
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            assertThat(response.isSuccessful()).as(method + " " + path + ": " + response.code() + " " + text).isTrue();
            return text.isEmpty() ? MarqueeJson.mapper().createObjectNode() : MarqueeJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
