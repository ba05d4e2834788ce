package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.ShiftId;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.platform.ApiProblem;
import dev.marquee.server.platform.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes and pays back money for orders and books every movement to the ledger. Counter payments (cash, card
 * terminal, complimentary) are recorded in the caller's transaction, so a sale and its payment commit together.
 * The online gateway is called outside any transaction by {@link #chargeOnline}, since it may take seconds.
 */
@Service
@Transactional
public class Payments {

    private final LedgerEntries ledger;
    private final Shifts shifts;
    private final PaymentGateway gateway;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Payments(LedgerEntries ledger, Shifts shifts, PaymentGateway gateway, ApplicationEventPublisher publisher, Clock clock) {
        this.ledger = ledger;
        this.shifts = shifts;
        this.gateway = gateway;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A payment taken at the counter.
     *
     * @param method    CASH, CARD_TERMINAL or COMPLIMENTARY
     * @param amount    what is due
     * @param tendered  CASH: what was handed over
     * @param reference CARD_TERMINAL: the terminal's reference; COMPLIMENTARY: the reason
     * @param shift     the seller's open shift; required for CASH
     */
    public record CounterPayment(PaymentMethod method, Money amount, @Nullable Money tendered, @Nullable String reference,
            @Nullable ShiftId shift) {
    }

    /**
     * What a counter payment took, and the change to give.
     *
     * @param charged what was taken: the amount due, or nothing for complimentary tickets
     * @param change  the change due for cash, otherwise {@code null}
     */
    public record CounterCapture(Money charged, @Nullable Money change) {
    }

    /** Records a counter payment and says what it took and what change to give. */
    public CounterCapture captureAtCounter(OrderId order, OrganizerId organizer, CounterPayment payment) {
        Money charged = payment.amount();
        Money change = null;
        switch (payment.method()) {
            // The seller's shift was read in this transaction already, so finding it again costs no statement.
            case CASH -> change = drawer(payment.shift()).takeCash(charged, payment.tendered());
            case CARD_TERMINAL -> requireText(payment.reference(), "terminalReference", "is required: enter the reference the terminal printed");
            case COMPLIMENTARY -> {
                requireText(payment.reference(), "reason", "is required for complimentary tickets");
                charged = Money.zero(charged.currencyCode());
            }
            case ONLINE -> throw new InvalidInputException("method", "ONLINE is for the public checkout, not the counter");
            default -> throw new IllegalStateException(payment.method().name());
        }
        ledger.save(LedgerEntry.charge(order, organizer, payment.method(), charged, payment.reference(), payment.shift(), clock.instant()));
        return new CounterCapture(charged, change);
    }

    /**
     * Charges through the online gateway, outside any transaction. Nothing is recorded yet: on approval the caller
     * books it with {@link #recordOnlineCharge} together with the sale.
     *
     * @throws OnlineChargeFailedException when the gateway declines or does not answer in time
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public String chargeOnline(OrderId order, OrganizerId organizer, Money amount, String description) {
        PaymentGateway.Outcome outcome = gateway.charge(order, amount, description);
        return switch (outcome) {
            case PaymentGateway.Outcome.Approved approved -> approved.reference();
            case PaymentGateway.Outcome.Declined declined -> throw new OnlineChargeFailedException(PaymentFailed.Reason.DECLINED,
                    "The card was declined: " + declined.reason() + ". Try another card; nothing was charged.");
            case PaymentGateway.Outcome.TimedOut timedOut -> throw new OnlineChargeFailedException(PaymentFailed.Reason.TIMED_OUT,
                    "The payment service did not answer in time. Nothing was sold; try again in a moment.");
        };
    }

    public void recordOnlineCharge(OrderId order, OrganizerId organizer, Money amount, String reference) {
        ledger.save(LedgerEntry.charge(order, organizer, PaymentMethod.ONLINE, amount, reference, null, clock.instant()));
    }

    /**
     * Gives back what the acquirer took for an online order whose sale did not complete: the charge is booked and
     * refunded at once. This covers a server that died between the charge and recording it: the acquirer still
     * knows the charge by the order id. Does nothing when the acquirer holds no charge for the order, or when the
     * ledger booked one already (the usual refund path owns it then). The caller holds the order's lock.
     *
     * @param taken the charge reference the caller got from the gateway, or {@code null} to ask the gateway
     */
    public void refundUnbookedCharge(OrderId order, OrganizerId organizer, @Nullable String taken, Money amount, String reason) {
        if (ledger.existsByOrderId(order)) {
            return;
        }
        Optional<PaymentGateway.Charge> charge = taken != null ? Optional.of(new PaymentGateway.Charge(taken, amount))
                : gateway.chargeOf(order);
        charge.ifPresent(held -> {
            recordOnlineCharge(order, organizer, held.amount(), held.reference());
            refund(order, organizer, held.amount(), null, reason);
        });
    }

    /**
     * Pays back {@code amount} the way the order was paid. Cash leaves the given shift's drawer.
     *
     * @throws ApiProblem REFUND_EXCEEDS_PAYMENT when more would be paid back than was paid
     */
    public PaymentMethod refund(OrderId order, OrganizerId organizer, Money amount, @Nullable ShiftId shift, String reason) {
        List<LedgerEntry> entries = ledger.findByOrderIdOrderBySeq(order);
        LedgerEntry charge = entries.stream().filter(e -> e.kind() == LedgerEntry.Kind.CHARGE).findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.REFUND_EXCEEDS_PAYMENT, "Nothing to refund",
                        "This order was never paid, so nothing can be refunded."));
        Money left = entries.stream().map(LedgerEntry::balance).reduce(Money.zero(amount.currencyCode()), Money::plus);
        if (amount.isNegative() || amount.isGreaterThan(left)) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.REFUND_EXCEEDS_PAYMENT, "Refund too large",
                    "Only " + left + " of this order's payment is left to refund.", Map.of("refundable", left));
        }
        String reference = reason;
        ShiftId drawer = null;
        switch (charge.method()) {
            case CASH -> {
                if (shift != null) {
                    drawer(shift).payOutCash();
                    drawer = shift;
                }
            }
            case ONLINE -> {
                if (!amount.isZero()) {
                    PaymentGateway.Outcome outcome = gateway.refund(charge.reference(), amount);
                    if (!(outcome instanceof PaymentGateway.Outcome.Approved approved)) {
                        throw new ApiProblem(HttpStatus.BAD_GATEWAY, ProblemTypes.PAYMENT_FAILED, "Refund failed",
                                "The payment service did not confirm the refund. Nothing was changed; try again.");
                    }
                    reference = approved.reference();
                }
            }
            default -> {
                // Card terminal refunds are keyed on the terminal; complimentary orders have nothing to pay back.
            }
        }
        ledger.save(LedgerEntry.refund(order, organizer, charge.method(), amount, reference, drawer, clock.instant()));
        return charge.method();
    }

    /** Records that taking payment failed, in the caller's compensating transaction. */
    public void recordFailure(OrderId order, OrganizerId organizer, PaymentMethod method, PaymentFailed.Reason reason) {
        publisher.publishEvent(new PaymentFailed(order, organizer, method, reason));
    }

    private Shift drawer(@Nullable ShiftId shift) {
        return Optional.ofNullable(shift).flatMap(shifts::findById).orElseThrow(Payments::noOpenShift);
    }

    private static ApiProblem noOpenShift() {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.NO_OPEN_SHIFT, "No open shift",
                "Open a shift at your till, with its cash float, before selling or refunding cash.");
    }

    private static void requireText(@Nullable String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
    }
}
