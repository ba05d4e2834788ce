package dev.marquee.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for driving the real server over the network in tests, as a client app would. Every answer
 * is recorded for {@link OpenApiContract}, which checks it against the server's published API description.
 */
public final class Api {

    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public Api(int port) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.base = "http://localhost:" + port;
    }

    /**
     * A client whose requests come from the given loopback address, such as {@code 127.0.0.2}, so that a test can
     * play several clients on different machines.
     */
    public Api(int port, String fromLoopbackAddress) {
        try {
            this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .localAddress(InetAddress.getByName(fromLoopbackAddress)).build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(fromLoopbackAddress, e);
        }
        this.base = "http://127.0.0.1:" + port;
    }

    /** What came back: status, headers and the body as JSON (a missing node when there is none). */
    public record Response(int status, HttpHeaders headers, JsonNode body, String raw) {

        public String text(String field) {
            return body.path(field).asString();
        }

        /** The problem type, for error answers. */
        public String problemType() {
            return text("type");
        }
    }

    public String login(String username, String password) {
        Response response = post("/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.status()).as("login of %s: %s", username, response.raw()).isEqualTo(200);
        return response.text("token");
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET that accepts the given media type, such as {@code text/csv}. */
    public Response get(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).POST(bodyOf(body)));
    }

    /** A POST with an {@code Idempotency-Key}, as a client sends it for one user action. */
    public Response post(String path, String token, Object body, String idempotencyKey) {
        return send(request(path, token).header("Idempotency-Key", idempotencyKey).POST(bodyOf(body)));
    }

    /** A GET of raw bytes, such as a PDF. */
    public HttpResponse<byte[]> bytes(String path, String token) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path, token).setHeader("Accept", "application/pdf, application/problem+json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            OpenApiContract.record(base, "GET", path, response.statusCode(), contentType,
                    contentType.contains("json") ? new String(response.body(), StandardCharsets.UTF_8) : null);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).PUT(bodyOf(body)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Sends any method with a raw body, for malformed-input tests. */
    public Response raw(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder builder = request(path, token).method(method, HttpRequest.BodyPublishers.ofString(body));
        builder.setHeader("Content-Type", contentType);
        return send(builder);
    }

    public JsonMapper json() {
        return json;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            OpenApiContract.record(base, sent.method(), sent.uri().getRawPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), raw);
            boolean isJson = response.headers().firstValue("Content-Type").map(type -> type.contains("json")).orElse(true);
            JsonNode body = raw == null || raw.isBlank() || !isJson ? json.missingNode() : json.readTree(raw);
            return new Response(response.statusCode(), response.headers(), body, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
