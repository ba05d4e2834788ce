package dev.marquee.server.platform;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what the servlet container reports itself (a method it refuses such as {@code TRACE}, an exception that
 * escaped a filter, a status sent with {@code sendError}) as a problem detail, in place of Spring Boot's default
 * error JSON, whatever the client accepts.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (ApiProblemHandler.noConnection(failure)) {
            // From a filter that reads the database (a token's lookup, an idempotency claim) while the pool is exhausted.
            return ApiProblemHandler.busy(request.getMethod() + " " + originalUri(request));
        }
        HttpStatus status = statusOf(request, failure);
        ProblemDetail problem;
        if (failure instanceof ApiProblem api) {
            problem = ApiProblemHandler.problemOf(api);
        } else if (status.is5xxServerError()) {
            String traceId = UUID.randomUUID().toString();
            log.error("Unexpected failure {} on {} {}", traceId, request.getMethod(), originalUri(request), failure);
            problem = ApiProblemHandler.internalError(traceId);
        } else {
            log.debug("Refused {} {}: {}", request.getMethod(), originalUri(request), status);
            problem = ProblemDetail.forStatusAndDetail(status, detailFor(status));
            problem.setType(ApiProblemHandler.typeFor(status));
            problem.setTitle(status.getReasonPhrase());
        }
        try {
            problem.setInstance(URI.create(originalUri(request)));
        } catch (IllegalArgumentException unparseable) {
            // A path the container let through but java.net.URI cannot hold: leave the instance out.
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request, Throwable failure) {
        if (failure instanceof ApiProblem api) {
            return api.status();
        }
        if (failure instanceof InvalidParameterException invalid) {
            return ApiProblemHandler.statusOf(invalid);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for directly rather than forwarded to by the container: there is nothing here.
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String originalUri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case METHOD_NOT_ALLOWED -> "This method is not supported here; the Allow header lists those that are.";
            case NOT_FOUND -> "There is nothing at this path. Check it against the API description at /v3/api-docs.";
            case CONTENT_TOO_LARGE -> "The request body is larger than this server accepts.";
            case UNAUTHORIZED -> "Sign in first: send a valid bearer token.";
            case FORBIDDEN -> "Your role does not allow this.";
            default -> "The request could not be processed. Check the path, the parameters and the body against the API "
                    + "description at /v3/api-docs.";
        };
    }
}
