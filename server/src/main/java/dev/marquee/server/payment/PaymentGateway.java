package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import java.util.Optional;

/**
 * An online card acquirer. The server ships with a simulated one; a real acquirer implements this interface.
 * Implementations must answer within their own timeout and report it as {@link Outcome.TimedOut}.
 *
 * <p>A charge is idempotent per order: implementations pass the order id as the acquirer's idempotency key (or
 * merchant reference), so charging an order again, as a checkout resumed after a server crash does, answers with
 * the first charge instead of taking the money twice.
 */
public interface PaymentGateway {

    /** Charges {@code amount} for an order, or answers with the charge already taken for it. */
    Outcome charge(OrderId order, Money amount, String description);

    /**
     * The charge the acquirer took for an order and has not refunded, looked up by the order id; empty when there
     * is none. The server asks when a checkout ended without recording its payment, to give the money back.
     */
    Optional<Charge> chargeOf(OrderId order);

    /** Pays back part or all of an earlier charge, named by the reference the charge returned. */
    Outcome refund(String chargeReference, Money amount);

    /** A charge the acquirer holds: its reference and what it took. */
    record Charge(String reference, Money amount) {
    }

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
