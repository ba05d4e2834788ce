package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A stand-in for a card acquirer, for demos and tests: it approves, declines or times out as configured with
 * {@code marquee.payment.simulator.mode}, so that every failure path of a sale can be exercised. A timeout waits
 * the configured time, as a slow acquirer would, before reporting it.
 */
@Component
public class SimulatedPaymentGateway implements PaymentGateway {

    /** How the simulator answers. */
    public enum Mode { APPROVE, DECLINE, TIMEOUT }

    private volatile Mode mode;
    private final Duration timeout;

    SimulatedPaymentGateway(@Value("${marquee.payment.simulator.mode:APPROVE}") Mode mode,
            @Value("${marquee.payment.simulator.timeout:3s}") Duration timeout) {
        this.mode = mode;
        this.timeout = timeout;
    }

    /** Changes the answer from now on, as a test or demo needs. */
    public void answerWith(Mode newMode) {
        this.mode = newMode;
    }

    @Override
    public Outcome charge(OrderId order, Money amount, String description) {
        return answer("ch_");
    }

    @Override
    public Outcome refund(String chargeReference, Money amount) {
        return mode == Mode.TIMEOUT ? answer("re_") : new Outcome.Approved("re_" + UUID.randomUUID());
    }

    private Outcome answer(String prefix) {
        return switch (mode) {
            case APPROVE -> new Outcome.Approved(prefix + UUID.randomUUID());
            case DECLINE -> new Outcome.Declined("Card declined by the issuer (simulated)");
            case TIMEOUT -> {
                try {
                    Thread.sleep(timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield new Outcome.TimedOut();
            }
        };
    }
}
