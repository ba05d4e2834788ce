package dev.marquee.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The one way the kit's area clients reach the server: it owns the HTTP client, sends the bearer token, applies the
 * {@link RetryPolicy} to safe requests (GETs, and POSTs that carry an {@code Idempotency-Key}), and turns error answers
 * into {@link ApiException}s through {@link ProblemMapping}. Safe to use from several threads.
 */
final class Transport implements AutoCloseable {

    static final String ACCEPT_JSON = "application/json, application/problem+json";
    static final String ACCEPT_PDF = "application/pdf, application/problem+json";
    static final String ACCEPT_CSV = "text/csv, application/problem+json";

    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final URI baseUri;
    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final JsonMapper json = MarqueeJson.mapper();
    private final ProblemMapping problems = new ProblemMapping(json);
    private final RetryPolicy retries;
    private volatile String bearer;

    /**
     * @param callTimeout how long one attempt may take in all, or {@code null} for no limit beyond the other two
     */
    Transport(URI baseUri, Duration connectTimeout, Duration readTimeout, Duration callTimeout, RetryPolicy retries) {
        this.baseUri = baseUri;
        this.baseUrl = HttpUrl.get(baseUri);
        this.retries = retries;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                // OkHttp would silently resend some failed requests, POSTs without a key included; the only
                // retries are the retry policy's.
                .retryOnConnectionFailure(false);
        if (callTimeout != null) {
            http.callTimeout(callTimeout);
        }
        this.http = http.build();
    }

    URI baseUri() {
        return baseUri;
    }

    /** The bearer token sent with staff and device requests, if any. */
    Optional<String> bearer() {
        return Optional.ofNullable(bearer);
    }

    /** Sends this bearer token from now on, or none for {@code null}. */
    void useBearer(String token) {
        this.bearer = token;
    }

    HttpUrl url(String path) {
        return urlBuilder(path).build();
    }

    HttpUrl.Builder urlBuilder(String path) {
        return baseUrl.newBuilder().addPathSegments(path);
    }

    static void addIfPresent(HttpUrl.Builder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.addQueryParameter(name, value);
        }
    }

    /** The filters and paging of an event search, except its status, which only staff may filter on. */
    static void addFilters(HttpUrl.Builder url, EventQuery query) {
        addIfPresent(url, "from", query.from() == null ? null : query.from().toString());
        addIfPresent(url, "to", query.to() == null ? null : query.to().toString());
        addIfPresent(url, "q", query.text());
        addIfPresent(url, "cursor", query.cursor());
        url.addQueryParameter("limit", Integer.toString(query.limit()));
    }

    <T> T get(HttpUrl url, Class<T> type) {
        return read(bytes(url, ACCEPT_JSON), type);
    }

    <T> T get(HttpUrl url, TypeReference<T> type) {
        return read(bytes(url, ACCEPT_JSON), type);
    }

    /** A GET whose answer is not JSON, such as a PDF or a CSV file. */
    byte[] bytes(HttpUrl url, String accept) {
        return send("GET", url, null, null, true, accept);
    }

    <T> T post(HttpUrl url, Object body, IdempotencyKey key, Class<T> type) {
        return read(send("POST", url, body, Objects.requireNonNull(key, "key"), true, ACCEPT_JSON), type);
    }

    <T> T post(HttpUrl url, Object body, IdempotencyKey key, TypeReference<T> type) {
        return read(send("POST", url, body, Objects.requireNonNull(key, "key"), true, ACCEPT_JSON), type);
    }

    /** A POST without an idempotency key, sent exactly once. */
    <T> T postOnce(HttpUrl url, Object body, Class<T> type) {
        return read(send("POST", url, body, null, true, ACCEPT_JSON), type);
    }

    <T> T put(HttpUrl url, Object body, Class<T> type) {
        return read(send("PUT", url, body, null, true, ACCEPT_JSON), type);
    }

    void delete(HttpUrl url) {
        send("DELETE", url, null, null, true, ACCEPT_JSON);
    }

    <T> T read(byte[] body, Class<T> type) {
        return read(body, json.getTypeFactory().constructType(type));
    }

    <T> T read(byte[] body, TypeReference<T> type) {
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
     * @param staff whether to send the bearer token; public shop requests do not
     */
    byte[] send(String method, HttpUrl url, Object body, IdempotencyKey key, boolean staff, String accept) {
        Request.Builder builder = new Request.Builder().url(url).header("Accept", accept);
        String token = bearer;
        if (staff && token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            builder.header("Idempotency-Key", key.value());
        }
        if (body != null) {
            builder.method(method, RequestBody.create(json.writeValueAsBytes(body), JSON));
        } else {
            builder.method(method, "POST".equals(method) ? RequestBody.EMPTY : null);
        }
        Request request = builder.build();
        boolean safe = "GET".equals(method) || ("POST".equals(method) && key != null);
        AtomicInteger attempts = new AtomicInteger();
        RetryPolicy.Answer answer;
        try {
            answer = retries.send(() -> attempt(request, attempts.incrementAndGet()), safe);
        } catch (IOException e) {
            throw unreachable(request, e, safe);
        }
        if (answer.status() >= 200 && answer.status() < 300) {
            return answer.body();
        }
        throw problems.toException(answer.status(), answer.contentType(), answer.body(), answer.retryAfter());
    }

    private RetryPolicy.Answer attempt(Request request, int attempt) throws IOException {
        if (attempt > 1) {
            log.debug("{} {}: attempt {}", request.method(), request.url().encodedPath(), attempt);
        }
        try (Response response = http.newCall(request).execute()) {
            MediaType type = response.body().contentType();
            return new RetryPolicy.Answer(response.code(), type == null ? null : type.toString(), response.body().bytes(),
                    response.header("Retry-After"));
        }
    }

    private ServerUnreachableException unreachable(Request request, IOException failure, boolean safe) {
        String server = baseUri.toString().replaceAll("/+$", "");
        // OkHttp reports a call timeout as an InterruptedIOException named "timeout", a read timeout as a SocketTimeoutException.
        if (failure instanceof SocketTimeoutException || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()))) {
            String advice = safe
                    ? "Check the network and try again; trying again is safe."
                    : "It may or may not have gone through; check before trying again.";
            return new ServerUnreachableException(baseUri, true,
                    "The Marquee server at " + server + " did not answer in time. " + advice, failure);
        }
        log.debug("{} {} could not reach the server", request.method(), request.url().encodedPath(), failure);
        return new ServerUnreachableException(baseUri, false,
                "Cannot reach the Marquee server at " + server + ". Check the network and that the server is running.", failure);
    }

    /** Releases the connections and threads of the HTTP client. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
