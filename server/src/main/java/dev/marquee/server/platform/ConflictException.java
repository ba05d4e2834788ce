package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The request clashes with data that exists, such as a username that is taken or a stale edit. */
public class ConflictException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", detail);
    }
}
