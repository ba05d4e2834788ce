package dev.marquee.server.platform;

import dev.marquee.model.Money;
import dev.marquee.model.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every exception that leaves a controller into an RFC 9457 problem detail with a stable {@code type}.
 * Unexpected failures are logged with an id and answered without any internals, so no stack trace or SQL ever
 * reaches a client.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final long BUSY_RETRY_SECONDS = 2;

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblem problem) {
        refused(problem.status(), problem);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem instanceof TooManyRequestsException tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        return response.body(problemOf(problem));
    }

    /** A computed amount, such as an order total, beyond what a long of minor units holds. */
    @ExceptionHandler(Money.OutOfRangeException.class)
    ResponseEntity<ProblemDetail> handleAmountOutOfRange(Money.OutOfRangeException outOfRange) {
        refused(HttpStatus.BAD_REQUEST, outOfRange);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "An amount computed from this request, such as a total, is too large. Order fewer tickets, or check the prices.");
        body.setType(ProblemTypes.AMOUNT_OUT_OF_RANGE);
        body.setTitle("Amount out of range");
        return ResponseEntity.badRequest().body(body);
    }

    /** Tomcat refuses a query string or form it cannot parse, such as {@code ?=x}, when a parameter is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> handleInvalidParameters(InvalidParameterException invalid) {
        HttpStatus status = statusOf(invalid);
        refused(status, invalid);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.CONTENT_TOO_LARGE
                ? "The form is larger than this server accepts."
                : "The query string or form could not be read: every parameter needs a name, and '%' must start a valid escape.");
        body.setType(status == HttpStatus.CONTENT_TOO_LARGE ? ProblemTypes.PAYLOAD_TOO_LARGE : ProblemTypes.MALFORMED_REQUEST);
        body.setTitle(status == HttpStatus.CONTENT_TOO_LARGE ? "Payload too large" : "Malformed request");
        return ResponseEntity.status(status).body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException denied) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role does not allow this. Ask an administrator if you need it.");
        body.setType(ProblemTypes.FORBIDDEN);
        body.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException violation) {
        List<Map<String, String>> errors = violation.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .sorted(Comparator.comparing(e -> e.get("field")))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /** Whether the failure, or one it wraps, is the pool having no connection to give. */
    static boolean noConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * No database connection came free within the pool's timeout: the server is overloaded, not broken. The request
     * did nothing (its transaction never began), so it is answered as such, with when to try again, rather than as
     * an internal error.
     */
    static ResponseEntity<ProblemDetail> busy(String request) {
        log.warn("No database connection came free in time for {}", request);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The server is too busy to take this request now. Nothing was done; try again in a few seconds.");
        body.setType(ProblemTypes.SERVER_BUSY);
        body.setTitle("Server busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Long.toString(BUSY_RETRY_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception failure, HttpServletRequest request) {
        if (noConnection(failure)) {
            return busy(request.getMethod() + " " + request.getRequestURI());
        }
        String traceId = UUID.randomUUID().toString();
        log.error("Unexpected failure {}", traceId, failure);
        return ResponseEntity.internalServerError().body(internalError(traceId));
    }

    static ProblemDetail problemOf(ApiProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setType(problem.type());
        body.setTitle(problem.title());
        problem.properties().forEach(body::setProperty);
        return body;
    }

    static ProblemDetail internalError(String traceId) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server. Try again; if it keeps happening, report trace id " + traceId + ".");
        body.setType(ProblemTypes.INTERNAL_ERROR);
        body.setTitle("Internal error");
        body.setProperty("traceId", traceId);
        return body;
    }

    static HttpStatus statusOf(InvalidParameterException invalid) {
        return invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
    }

    /** Client errors are routine: one line at DEBUG, never a stack trace. */
    private static void refused(HttpStatusCode status, Exception failure) {
        if (log.isDebugEnabled()) {
            log.debug("Refused with {}: {}", status.value(), failure.toString());
        }
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(ApiProblemHandler::describe)
                .sorted(Comparator.comparing(e -> e.get("field")))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", result.getMethodParameter().getParameterName(),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .sorted(Comparator.comparing(e -> e.get("field")))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        refused(status, failure);
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            PayloadTooLargeException tooLarge = causeOf(unreadable, PayloadTooLargeException.class);
            if (tooLarge != null) {
                return ResponseEntity.status(tooLarge.status()).headers(headers).body(problemOf(tooLarge));
            }
            RequestText.UnsafeTextException unsafe = causeOf(unreadable, RequestText.UnsafeTextException.class);
            if (unsafe != null) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "The text " + where(unsafe) + unsafe.reason() + ". Remove control characters and send text as valid UTF-8.");
                problem.setType(ProblemTypes.MALFORMED_REQUEST);
                problem.setTitle("Malformed request");
                return ResponseEntity.badRequest().headers(headers).body(problem);
            }
        }
        if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "'" + mismatch.getValue() + "' is not a valid value for " + mismatch.getName() + ".");
            problem.setType(ProblemTypes.MALFORMED_REQUEST);
            problem.setTitle("Malformed request");
            return ResponseEntity.badRequest().headers(headers).body(problem);
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && isBlank(problem.getType())) {
            problem.setType(typeFor(response.getStatusCode()));
            if (response.getStatusCode().value() == HttpStatus.BAD_REQUEST.value()) {
                // Spring's own wording can name internal classes; say it plainly instead.
                problem.setDetail("The request could not be read. Check that the body is valid JSON with the documented fields "
                        + "and that every parameter has the right type.");
            }
        }
        return response;
    }

    private static ProblemDetail validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are invalid: " + String.join("; ", errors.stream()
                        .map(e -> e.get("field") + " " + e.get("message")).toList()) + ".");
        problem.setType(ProblemTypes.VALIDATION_FAILED);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    private static boolean isBlank(URI type) {
        return type == null || "about:blank".equals(type.toString());
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** Where in the body, as a JSON path such as {@code items[0].name}, without any class names. */
    private static String where(DatabindException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : "in '" + path + "' ";
    }

    static URI typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400, 415 -> ProblemTypes.MALFORMED_REQUEST;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            default -> status.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL_ERROR;
        };
    }
}
