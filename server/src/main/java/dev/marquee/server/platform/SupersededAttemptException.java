package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import org.springframework.http.HttpStatus;

/**
 * This attempt at a keyed request lost its lease (it stalled for longer than the lease) and a retry took the
 * request over. The retry owns the outcome now; this attempt must roll back and leave everything to it.
 */
public class SupersededAttemptException extends ApiProblem {

    public SupersededAttemptException() {
        super(HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_IN_PROGRESS, "Request taken over",
                "A retry of this request took it over while it was running. Its answer comes to the retry.");
    }
}
