package dev.marquee.server.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every answer a suite received through {@link Api} against the OpenAPI description that the same server
 * publishes at {@code /v3/api-docs}: the operation and its status must be documented, with the content type that
 * came back, and a JSON body must match the documented schema (OpenAPI 3.1, that is JSON Schema 2020-12, formats
 * asserted). After the suite's tests it fails with the list of every mismatch, so the description cannot drift
 * from what the server does. Register it on a suite with {@code @ExtendWith(OpenApiContract.class)}.
 */
public final class OpenApiContract implements AfterAllCallback {

    /** Where the description lives inside the validator; only a name, nothing is fetched from it. */
    private static final String DOCUMENT = "https://marquee.dev/api-docs.json";

    private static final Map<String, Queue<Exchange>> EXCHANGES = new ConcurrentHashMap<>();

    /** One answer as the client saw it; the body only when it is text. */
    record Exchange(String method, String path, int status, String contentType, @Nullable String body) {
    }

    static void record(String base, String method, String path, int status, String contentType, @Nullable String body) {
        int query = path.indexOf('?');
        EXCHANGES.computeIfAbsent(base, key -> new ConcurrentLinkedQueue<>())
                .add(new Exchange(method, query < 0 ? path : path.substring(0, query), status, contentType, body));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        String base = "http://localhost:" + port;
        Queue<Exchange> exchanges = EXCHANGES.remove(base);
        if (exchanges == null) {
            return;
        }
        String description = fetch(base + "/v3/api-docs");
        Path copy = Path.of("target", "openapi", "api-docs.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, description);
        List<String> mismatches = new Checker(description).check(exchanges);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " answers do not match the OpenAPI description (" + copy.toAbsolutePath()
                    + "):\n  " + String.join("\n  ", mismatches));
        }
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    /** The description, parsed once, and the rules an answer must follow. */
    static final class Checker {

        private final JsonMapper json = JsonMapper.builder().build();
        private final JsonNode document;
        private final SchemaRegistry schemas;
        private final List<Template> templates = new ArrayList<>();

        /** A documented path, with the pattern of the concrete paths it stands for. */
        private record Template(String path, Pattern pattern, int literals) {
        }

        Checker(String description) {
            this.document = json.readTree(description);
            this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                    .schemas(Map.of(DOCUMENT, description))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            document.path("paths").propertyNames().forEach(path -> {
                String[] segments = path.substring(1).split("/");
                StringBuilder regex = new StringBuilder();
                int literals = 0;
                for (String segment : segments) {
                    boolean variable = segment.startsWith("{") && segment.endsWith("}");
                    regex.append('/').append(variable ? "[^/]+" : Pattern.quote(segment));
                    literals += variable ? 0 : 1;
                }
                templates.add(new Template(path, Pattern.compile(regex.toString()), literals));
            });
            // Where /events/search and /events/{id} both match, the literal one is meant.
            templates.sort(Comparator.comparingInt(Template::literals).reversed());
        }

        List<String> check(Iterable<Exchange> exchanges) {
            TreeSet<String> mismatches = new TreeSet<>();
            exchanges.forEach(exchange -> check(exchange).ifPresent(mismatches::add));
            return List.copyOf(mismatches);
        }

        private Optional<String> check(Exchange exchange) {
            String method = exchange.method().toLowerCase(Locale.ROOT);
            Optional<Template> template = templates.stream().filter(t -> t.pattern().matcher(exchange.path()).matches()).findFirst();
            // An unknown path or method is the client's mistake, answered 404 or 405; nothing to document.
            boolean refusedAsUnknown = exchange.status() == 404 || exchange.status() == 405;
            if (template.isEmpty() || document.path("paths").path(template.get().path()).path(method).isMissingNode()) {
                return refusedAsUnknown || !exchange.path().startsWith("/api/")
                        ? Optional.empty()
                        : Optional.of(exchange.method() + " " + exchange.path() + " answered " + exchange.status()
                                + " but the operation is not documented");
            }
            String pointer = "/paths/" + escape(template.get().path()) + "/" + method + "/responses";
            String operation = exchange.method() + " " + template.get().path() + " " + exchange.status();
            JsonNode responses = document.at(pointer);
            String code = Integer.toString(exchange.status());
            if (!responses.has(code)) {
                if (!responses.has("default")) {
                    return Optional.of(operation + ": status not documented (documented: "
                            + String.join(", ", responses.propertyNames()) + ")");
                }
                code = "default";
            }
            pointer += "/" + code;
            JsonNode response = document.at(pointer);
            if (response.has("$ref")) {
                pointer = response.get("$ref").asString().substring(1);
                response = document.at(pointer);
            }
            boolean hasBody = exchange.body() != null ? !exchange.body().isEmpty() : !exchange.contentType().isEmpty();
            JsonNode content = response.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return hasBody ? Optional.of(operation + ": documents no body, got " + exchange.contentType()) : Optional.empty();
            }
            if (!hasBody) {
                return Optional.of(operation + ": documents a body (" + String.join(", ", content.propertyNames()) + "), got none");
            }
            String mediaType = exchange.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
            Optional<String> documented = content.propertyNames().stream().filter(type -> type.equals(mediaType)).findFirst();
            if (documented.isEmpty()) {
                return Optional.of(operation + ": content type " + mediaType + " not documented (documented: "
                        + String.join(", ", content.propertyNames()) + ")");
            }
            if (!mediaType.endsWith("json") || !content.path(documented.get()).has("schema")) {
                return Optional.empty();
            }
            Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer + "/content/" + escape(documented.get())
                    + "/schema"));
            List<String> errors = schema.validate(json.readTree(exchange.body())).stream()
                    .map(error -> error.getInstanceLocation() + " " + error.getMessage()).distinct().toList();
            return errors.isEmpty() ? Optional.empty() : Optional.of(operation + ": body does not match the schema: "
                    + String.join("; ", errors));
        }

        /** JSON Pointer escaping of one reference token. */
        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }
}
