package dev.marquee.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns an error answer, ideally an RFC 9457 problem document, into the matching {@link ApiException}. */
final class ProblemMapping {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapping.class);
    private static final URI BLANK = URI.create("about:blank");
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "detail", "status", "instance");
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonMapper json;

    ProblemMapping(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param status      the HTTP status, 400 or above
     * @param contentType the answer's content type, or {@code null}
     * @param body        the answer's body, possibly empty
     * @param retryAfter  the {@code Retry-After} header, or {@code null}
     */
    ApiException toException(int status, String contentType, byte[] body, String retryAfter) {
        Map<String, Object> document = read(contentType, body);
        URI type = typeOf(document.get("type"));
        String title = textOf(document.get("title"));
        String detail = textOf(document.get("detail"));
        Map<String, Object> properties = new LinkedHashMap<>(document);
        properties.keySet().removeAll(STANDARD_MEMBERS);
        String message = detail != null ? detail : fallbackMessage(status);
        String shownTitle = title != null ? title : "HTTP " + status;
        return switch (status) {
            case 400, 422 -> new ValidationException(status, type, shownTitle, message, properties);
            case 401 -> new NotAuthenticatedException(type, shownTitle, message, properties);
            case 402 -> new PaymentFailedException(type, shownTitle, message, properties);
            case 403 -> new ForbiddenException(type, shownTitle, message, properties);
            case 404 -> new NotFoundException(type, shownTitle, message, properties);
            case 409 -> new ConflictException(type, shownTitle, message, properties);
            case 429 -> {
                Duration wait = retryAfter(retryAfter, properties.get("retryAfterSeconds"));
                yield new RateLimitedException(type, shownTitle, detail != null ? detail : tooManyMessage(wait), properties, wait);
            }
            default -> status >= 500
                    ? new ServerErrorException(status, type, shownTitle, message, properties)
                    : new ApiException(status, type, shownTitle, message, properties, null);
        };
    }

    private Map<String, Object> read(String contentType, byte[] body) {
        if (body.length == 0 || contentType == null || !contentType.contains("json")) {
            return Map.of();
        }
        try {
            Map<String, Object> document = json.readValue(body, OBJECT);
            return document == null ? Map.of() : document;
        } catch (JacksonException e) {
            log.debug("Error answer is not a readable problem document", e);
            return Map.of();
        }
    }

    private static URI typeOf(Object type) {
        if (type == null) {
            return BLANK;
        }
        try {
            return URI.create(type.toString());
        } catch (IllegalArgumentException e) {
            return BLANK;
        }
    }

    private static String textOf(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Duration retryAfter(String header, Object property) {
        if (header != null && !header.isBlank()) {
            try {
                return Duration.ofSeconds(Long.parseLong(header.trim()));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration wait = Duration.between(Instant.now(), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                } catch (DateTimeParseException ignored) {
                    // fall through to the problem document
                }
            }
        }
        if (property instanceof Number seconds) {
            return Duration.ofSeconds(seconds.longValue());
        }
        return null;
    }

    private static String tooManyMessage(Duration wait) {
        return wait == null
                ? "Too many attempts. Wait a moment and try again."
                : "Too many attempts. Wait " + Math.max(1, wait.toSeconds()) + " seconds and try again.";
    }

    private static String fallbackMessage(int status) {
        return switch (status) {
            case 400, 422 -> "The server did not accept the input. Check it and try again.";
            case 401 -> "You are not logged in, or your session has ended. Log in again.";
            case 402 -> "The payment did not go through and nothing was charged. Try again or choose another way to pay.";
            case 403 -> "Your role does not allow this. Ask an administrator if you need it.";
            case 404 -> "This was not found. It may have been deleted, or it belongs to an organizer you do not work for.";
            case 409 -> "This clashes with a change made in the meantime. Reload and try again.";
            default -> status >= 500
                    ? "The Marquee server ran into a problem (HTTP " + status + "). Try again in a moment; "
                            + "if it keeps happening, tell your administrator."
                    : "The Marquee server refused the request (HTTP " + status + ").";
        };
    }
}
