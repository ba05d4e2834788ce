package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Input that is well-formed but breaks a rule that bean validation cannot express, such as an end before a
 * start. Reads like a bean validation failure, with the offending field.
 */
public class InvalidInputException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Invalid input", field + ": " + message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
