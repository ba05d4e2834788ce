package dev.marquee.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP for the load generator, with gzip when asked, counting the bytes on the wire. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    /** An answer: status, body as JSON, and how many bytes travelled. */
    record Answer(int status, JsonNode body, long wireBytes) {

        String text(String field) {
            return body.path(field).asString();
        }
    }

    String base() {
        return base;
    }

    JsonMapper json() {
        return json;
    }

    String login(String username, String password) {
        Answer answer = post("/api/v1/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.body());
        }
        return answer.text("token");
    }

    Answer get(String path, String token, boolean gzip) {
        HttpRequest.Builder request = request(path, token).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return send(request.build());
    }

    Answer post(String path, String token, Object body) {
        String text = body instanceof String string ? string : json.writeValueAsString(body);
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            boolean gzipped = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
            byte[] plain = gzipped ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes;
            JsonNode body = plain.length == 0 ? json.missingNode() : json.readTree(plain);
            return new Answer(response.statusCode(), body, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
