package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The resource does not exist, or is outside the caller's organizer scope; both read the same. */
public class NotFoundException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    /** @param what what was looked for, in words, such as "Event 1234" */
    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                what + " does not exist or is not yours to see. Check the id, or ask an administrator for access.");
    }
}
