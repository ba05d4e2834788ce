package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.server.platform.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A stand-in for a card acquirer, for demos and tests: it approves, declines or times out as configured with
 * {@code marquee.payment.simulator.mode}, so that every failure path of a sale can be exercised. A timeout waits
 * the configured time, as a slow acquirer would, before reporting it; {@code approve-delay} makes an approval
 * arrive late, after the money was taken, the moment a server crash hurts most.
 *
 * <p>Like a real acquirer it remembers its charges beyond any crash of ours, in its own table
 * ({@code simulated_acquirer_charge}), and answers a second charge of the same order with the first. That table
 * stands for the acquirer's own storage, not for an aggregate of ours, so it is written with plain statements
 * rather than mapped: its insert has to be an on-conflict insert anyway.
 */
@Component
public class SimulatedPaymentGateway implements PaymentGateway {

    /** How the simulator answers. */
    public enum Mode { APPROVE, DECLINE, TIMEOUT }

    private volatile Mode mode;
    private final Duration timeout;
    private final Duration approveDelay;
    private final JdbcClient jdbc;
    private final Clock clock;

    SimulatedPaymentGateway(@Value("${marquee.payment.simulator.mode:APPROVE}") Mode mode,
            @Value("${marquee.payment.simulator.timeout:3s}") Duration timeout,
            @Value("${marquee.payment.simulator.approve-delay:0s}") Duration approveDelay, JdbcClient jdbc, Clock clock) {
        this.mode = mode;
        this.timeout = timeout;
        this.approveDelay = approveDelay;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Changes the answer from now on, as a test or demo needs. */
    public void answerWith(Mode newMode) {
        this.mode = newMode;
    }

    @Override
    public Outcome charge(OrderId order, Money amount, String description) {
        return switch (mode) {
            case APPROVE -> {
                String reference = take(order, amount);
                pause(approveDelay);
                yield new Outcome.Approved(reference);
            }
            case DECLINE -> new Outcome.Declined("Card declined by the issuer (simulated)");
            case TIMEOUT -> {
                pause(timeout);
                yield new Outcome.TimedOut();
            }
        };
    }

    @Override
    public Optional<Charge> chargeOf(OrderId order) {
        return jdbc.sql("select reference, amount_minor, currency from simulated_acquirer_charge where order_id = :order and not refunded")
                .param("order", order.value())
                .query((rs, n) -> new Charge(rs.getString(1), Money.ofMinor(rs.getLong(2), rs.getString(3))))
                .optional();
    }

    @Override
    public Outcome refund(String chargeReference, Money amount) {
        if (mode == Mode.TIMEOUT) {
            pause(timeout);
            return new Outcome.TimedOut();
        }
        jdbc.sql("update simulated_acquirer_charge set refunded = true where reference = :reference")
                .param("reference", chargeReference).update();
        return new Outcome.Approved("re_" + UUID.randomUUID());
    }

    /** Takes the money once per order: a repeated charge answers with the first one's reference. */
    private String take(OrderId order, Money amount) {
        String reference = "ch_" + UUID.randomUUID();
        // On-conflict insert: of two charges of one order racing (a resumed checkout), exactly one takes the money.
        int taken = jdbc.sql("""
                insert into simulated_acquirer_charge (order_id, reference, amount_minor, currency, created_at)
                values (:order, :reference, :amount, :currency, :now) on conflict do nothing
                """)
                .param("order", order.value()).param("reference", reference).param("amount", amount.amountMinor())
                .param("currency", amount.currencyCode()).param("now", Timestamps.utc(clock.instant()))
                .update();
        if (taken == 1) {
            return reference;
        }
        return jdbc.sql("select reference from simulated_acquirer_charge where order_id = :order")
                .param("order", order.value()).query(String.class).single();
    }

    /** The acquirer's own slowness, which the simulator imitates by waiting. */
    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
