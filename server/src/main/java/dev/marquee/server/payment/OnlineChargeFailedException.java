package dev.marquee.server.payment;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/** The online gateway did not take the money: the buyer reads why, the caller records {@link #reason()}. */
public class OnlineChargeFailedException extends ApiProblem {

    private static final long serialVersionUID = 1L;

    private final PaymentFailed.Reason reason;

    OnlineChargeFailedException(PaymentFailed.Reason reason, String detail) {
        super(HttpStatus.PAYMENT_REQUIRED, ProblemTypes.PAYMENT_FAILED, "Payment failed", detail);
        this.reason = reason;
    }

    public PaymentFailed.Reason reason() {
        return reason;
    }
}
