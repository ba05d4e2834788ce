package dev.marquee.server.inventory;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/** The hold ran out or ended before checkout; its tickets are back on sale. */
public class HoldExpiredException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    public HoldExpiredException() {
        this("The reservation ran out or was released, and its tickets went back on sale. Take a new hold and try again.");
    }

    public HoldExpiredException(String detail) {
        super(HttpStatus.CONFLICT, ProblemTypes.HOLD_EXPIRED, "Hold expired", detail);
    }
}
