package dev.marquee.server.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.payment.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Instant AT = Instant.parse("2026-05-01T18:00:00Z");

    private final OrderId order = OrderId.random();
    private final OrganizerId organizer = OrganizerId.random();
    private final Money amount = Money.ofMinor(25_00, "EUR");

    @Test
    void aChargeCountsTowardsTheBalanceAndSaysMoneyWasCaptured() {
        LedgerEntry charge = LedgerEntry.charge(order, organizer, PaymentMethod.ONLINE, amount, "ch_1", null, AT);

        assertThat(charge.balance()).isEqualTo(amount);
        assertThat(charge).extracting("domainEvents", LIST).containsExactly(new PaymentCaptured(order, organizer, PaymentMethod.ONLINE, amount));
    }

    @Test
    void aRefundCountsAgainstTheBalanceAndSaysMoneyWentBack() {
        LedgerEntry refund = LedgerEntry.refund(order, organizer, PaymentMethod.CASH, amount, "changed plans", null, AT);

        assertThat(refund.balance()).isEqualTo(amount.negate());
        assertThat(refund).extracting("domainEvents", LIST).singleElement().usingRecursiveComparison().ignoringFields("refundId")
                .isEqualTo(new RefundIssued(order, organizer, PaymentMethod.CASH, amount, UUID.randomUUID()));
    }
}
