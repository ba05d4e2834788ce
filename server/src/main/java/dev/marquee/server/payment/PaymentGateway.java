package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;

/**
 * An online card acquirer. The server ships with a simulated one; a real acquirer implements this interface.
 * Implementations must answer within their own timeout and report it as {@link Outcome.TimedOut}.
 */
public interface PaymentGateway {

    /** Charges {@code amount} for an order. */
    Outcome charge(OrderId order, Money amount, String description);

    /** Pays back part or all of an earlier charge, named by the reference the charge returned. */
    Outcome refund(String chargeReference, Money amount);

    /** What the gateway answered. */
    sealed interface Outcome {

        /** @param reference the gateway's id of the transaction */
        record Approved(String reference) implements Outcome {
        }

        /** @param reason the gateway's words */
        record Declined(String reason) implements Outcome {
        }

        /** No answer in time: the charge may or may not have happened at the gateway. */
        record TimedOut() implements Outcome {
        }
    }
}
