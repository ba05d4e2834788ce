package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A status change that the current status does not allow, such as publishing a cancelled event. */
public class IllegalTransitionException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String detail, Enum<?> currentStatus) {
        super(HttpStatus.CONFLICT, ProblemTypes.ILLEGAL_TRANSITION, "Not allowed in the current status", detail,
                Map.of("currentStatus", currentStatus.name()));
    }
}
