package dev.marquee.server.platform;

import com.fasterxml.jackson.databind.JavaType;
import dev.marquee.model.ProblemTypes;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the description at {@code /v3/api-docs} one a client can generate code from and trust: value types as
 * they travel (a currency is its ISO code), every record component that may be {@code null} marked so, and every
 * operation's error answers documented as RFC 9457 problem details with the {@code type}s they can carry. The
 * common errors follow from an operation's traits (a body or parameters, a login, path ids, a public path); the
 * specific ones come from {@code @ApiResponse} annotations on the controllers, which get the problem body here.
 * The scenario suites check every answer they receive against this description.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    /**
     * Starts the list of types (relative to {@link ProblemTypes#BASE}) in an error response's description;
     * {@code @ApiResponse} annotations on controllers write their own.
     */
    static final String PROBLEM_TYPES = "Problem types:";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String BEARER = "bearer";
    /** Operations that answer without a login; everything else needs a bearer or device token. */
    private static final Set<String> OPEN_OPERATIONS = Set.of("post /api/v1/auth/login", "post /api/v1/devices/pair");

    /** The problem types each error status can carry, as documented on every operation that answers it. */
    private static final Map<String, List<URI>> TYPES_BY_STATUS = Map.of(
            "400", List.of(ProblemTypes.VALIDATION_FAILED, ProblemTypes.MALFORMED_REQUEST),
            "401", List.of(ProblemTypes.UNAUTHENTICATED),
            "403", List.of(ProblemTypes.FORBIDDEN),
            "404", List.of(ProblemTypes.NOT_FOUND),
            "409", List.of(ProblemTypes.CONFLICT, ProblemTypes.ILLEGAL_TRANSITION, ProblemTypes.IDEMPOTENCY_IN_PROGRESS),
            "415", List.of(ProblemTypes.MALFORMED_REQUEST),
            "422", List.of(ProblemTypes.IDEMPOTENCY_KEY_REUSED),
            "429", List.of(ProblemTypes.TOO_MANY_REQUESTS, ProblemTypes.HOLD_LIMIT_REACHED),
            "500", List.of(ProblemTypes.INTERNAL_ERROR),
            "503", List.of(ProblemTypes.SERVER_BUSY));

    @Bean
    ModelConverter marqueeValueTypes() {
        return new MarqueeModelConverter();
    }

    @Bean
    OpenApiCustomizer documentedErrors() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("A staff token from POST /api/v1/auth/login, or a kiosk's device token"));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach(OpenApiConfiguration::describeErrors);
            }
        };
    }

    private static void describeErrors(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name().toLowerCase(Locale.ROOT) + " " + path;
            boolean isPublic = path.startsWith("/api/v1/public/") || OPEN_OPERATIONS.contains(key);
            boolean hasPathIds = path.contains("{");
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            boolean changesState = method != PathItem.HttpMethod.GET;
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (hasInput) {
                addProblem(responses, "400", "The input is invalid (errors lists each field) or could not be read");
            }
            if (!isPublic) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                addProblem(responses, "401", "No valid token: log in first");
                addProblem(responses, "403", "The caller's role does not allow this");
            } else if (key.equals("post /api/v1/auth/login")) {
                addProblem(responses, "401",
                        "The username and password do not match an enabled account. " + PROBLEM_TYPES + " bad-credentials");
            }
            // Out of the caller's organizer scope reads as not found, for ids in the path as for those in a body;
            // an unknown pairing code too.
            if (hasPathIds || (hasInput && !key.equals("post /api/v1/auth/login"))) {
                addProblem(responses, "404", "Something the request names does not exist, or lies outside the caller's scope");
            }
            if (operation.getRequestBody() != null) {
                addProblem(responses, "415", "The body is not sent as application/json");
            }
            if (changesState && !isPublic) {
                addProblem(responses, "409", "The request conflicts with the current state");
            }
            if (method == PathItem.HttpMethod.POST) {
                addProblem(responses, "409", "The first request with this Idempotency-Key is still running (ask again after "
                        + "Retry-After), or the request conflicts with the current state");
                addProblem(responses, "422", "The Idempotency-Key was already used for a different request");
            }
            if (path.startsWith("/api/v1/public/") || key.equals("post /api/v1/auth/login")) {
                addProblem(responses, "429", "Too many requests; the Retry-After header says when to try again");
            }
            addProblem(responses, "500", "Unexpected failure; the traceId helps support find it in the log");
            addProblem(responses, "503", "Too busy to take the request now; nothing was done, send it again after Retry-After");
            responses.forEach((code, response) -> withProblemBody(code, response));
            ApiResponses sorted = new ApiResponses();
            new TreeMap<>(responses).forEach(sorted::addApiResponse);
            operation.setResponses(sorted);
        });
    }

    private static void addProblem(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    /** Gives every error answer the problem body, and names the types it can carry. */
    private static void withProblemBody(String code, ApiResponse response) {
        if (!(code.startsWith("4") || code.startsWith("5"))) {
            return;
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
        List<URI> types = TYPES_BY_STATUS.getOrDefault(code, List.of());
        String description = response.getDescription() == null ? "" : response.getDescription();
        if (!types.isEmpty() && !description.contains(PROBLEM_TYPES)) {
            response.setDescription(description + ". " + PROBLEM_TYPES + " " + types.stream()
                    .map(type -> type.toString().substring(ProblemTypes.BASE.length())).collect(Collectors.joining(", ")));
        }
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = object()
                .addProperty("field", string("The field or parameter, such as items[0].quantity"))
                .addProperty("message", string("What is wrong with it"));
        fieldError.setRequired(List.of("field", "message"));
        Schema<?> problem = object()
                .description("An RFC 9457 problem detail. Clients switch on type, never on title or detail; the types each "
                        + "answer can carry are listed with it, relative to " + ProblemTypes.BASE + ". "
                        + "Some types carry further members, such as ticketTypeId for sold-out.")
                .addProperty("type", string("Stable problem type URI under " + ProblemTypes.BASE).format("uri"))
                .addProperty("title", string("Short, human-readable summary"))
                .addProperty("status", new JsonSchema().typesItem("integer").format("int32").description("The HTTP status"))
                .addProperty("detail", string("What went wrong, for a person to read"))
                .addProperty("instance", string("The request path").format("uri-reference"))
                .addProperty("errors", new JsonSchema().typesItem("array").items(fieldError)
                        .description("validation-failed: every invalid field"))
                .addProperty("traceId", string("internal-error: the id to find the failure in the server log"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema<?> object() {
        return new JsonSchema().typesItem("object");
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().typesItem("string").description(description);
    }

    /**
     * Describes the published language as it travels in JSON: the currency of {@link dev.marquee.model.Money} is
     * its ISO 4217 code, a wall-clock {@link LocalDateTime} has no offset (so it is not an RFC 3339 date-time),
     * and in the records of {@code dev.marquee.model} a JSpecify {@link Nullable} component is nullable
     * ({@code type: [x, "null"]}). In answers every other component is required, since the server writes every
     * component, null or not; request bodies (records with bean validation) keep what their constraints require.
     */
    static final class MarqueeModelConverter implements ModelConverter {

        @Override
        public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            Class<?> raw = javaType.getRawClass();
            if (raw == Currency.class) {
                return new JsonSchema().typesItem("string").pattern("^[A-Z]{3}$").description("ISO 4217 currency code")
                        .example("EUR");
            }
            if (raw == LocalDateTime.class) {
                return new JsonSchema().typesItem("string").pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$")
                        .description("Wall-clock time at the event, without offset; read with the event's time zone")
                        .example("2026-12-31T20:00:00");
            }
            Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            if (resolved != null && raw.isRecord() && raw.getPackageName().startsWith("dev.marquee.model")) {
                String ref = resolved.get$ref();
                Schema<?> model = ref == null ? resolved : context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
                if (model != null && model.getProperties() != null) {
                    describeComponents(raw, model);
                }
            }
            return resolved;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static void describeComponents(Class<?> record, Schema model) {
            Map<String, Schema> properties = model.getProperties();
            List<String> required = new ArrayList<>(model.getRequired() == null ? List.of() : model.getRequired());
            // A request body says what it requires through bean validation; an answer always carries every component.
            boolean isInput = Arrays.stream(record.getRecordComponents()).anyMatch(MarqueeModelConverter::isConstrained);
            for (RecordComponent component : record.getRecordComponents()) {
                Schema property = properties.get(component.getName());
                if (property == null) {
                    continue;
                }
                if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    required.remove(component.getName());
                    properties.put(component.getName(), nullable(property));
                } else if (!isInput && !required.contains(component.getName())) {
                    required.add(component.getName());
                }
            }
            model.setRequired(required.isEmpty() ? null : required);
        }

        private static boolean isConstrained(RecordComponent component) {
            return Stream.concat(Arrays.stream(component.getAccessor().getAnnotations()),
                            Arrays.stream(component.getAnnotatedType().getAnnotations()))
                    .anyMatch(annotation -> annotation.annotationType().getPackageName().startsWith("jakarta.validation"));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Schema nullable(Schema property) {
            if (property.getTypes() != null && property.getTypes().contains("null")
                    || property.getAnyOf() != null && ((List<Schema>) property.getAnyOf()).stream()
                            .anyMatch(option -> option.getTypes() != null && option.getTypes().contains("null"))) {
                return property;
            }
            if (property.get$ref() != null || property.getEnum() != null || property.getTypes() == null) {
                // A reference or an enumeration cannot take "null" among its types; offer null beside it.
                return new JsonSchema().anyOf(List.of(property, new JsonSchema().typesItem("null")))
                        .description(property.getDescription());
            }
            Set<String> types = new LinkedHashSet<>(property.getTypes());
            types.add("null");
            property.setTypes(types);
            return property;
        }
    }
}
