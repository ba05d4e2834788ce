package dev.marquee.server.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.ticket.EventKeys;
import dev.marquee.model.ticket.TicketToken;
import dev.marquee.model.ticket.TicketTokenCodec;
import dev.marquee.model.ticket.TicketVerification;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.IllegalTransitionException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class TicketTest {

    private static final KeyPair KEY = EventKeys.generate();
    private static final Instant NOW = Instant.parse("2026-05-01T18:00:00Z");

    private final OrderId order = OrderId.random();
    private final EventId event = EventId.random();
    private final TicketTypeId type = TicketTypeId.random();
    private final Ticket ticket = Ticket.issue(order, event, type, "Ada", Money.ofMinor(2500, "EUR"), KEY.getPrivate(), NOW);

    @Test
    void isIssuedValidWithSerialOneAndASignedToken() {
        assertThat(ticket.isValid()).isTrue();
        assertThat(ticket.serial()).isEqualTo(1);
        assertThat(verifiedSerial()).isEqualTo(1);
        assertThat(ticket.issued()).isEqualTo(new TicketsIssued.IssuedTicket(ticket.getId(), type, 1, "Ada", Money.ofMinor(2500, "EUR")));
    }

    @Test
    void reissueGivesTheNextSerialANewTokenAndSaysSo() {
        String oldToken = ticket.view("Standing").qrText();

        ticket.reissue(KEY.getPrivate());

        assertThat(ticket.serial()).isEqualTo(2);
        assertThat(verifiedSerial()).isEqualTo(2);
        assertThat(ticket.view("Standing").qrText()).isNotEqualTo(oldToken);
        assertThat(events()).containsExactly(new TicketReissued(ticket.getId(), order, event, type, 2, "Ada"));
    }

    @Test
    void revokeEndsTheTicketAndSaysWhy() {
        ticket.revoke(TicketRevoked.Reason.REFUNDED, NOW);

        assertThat(ticket.status()).isEqualTo(TicketStatus.REVOKED);
        assertThat(events()).containsExactly(new TicketRevoked(ticket.getId(), order, event, 1, TicketRevoked.Reason.REFUNDED));
    }

    @Test
    void aRevokedTicketCannotBeReissued() {
        ticket.revoke(TicketRevoked.Reason.CANCELLED, NOW);

        assertThatThrownBy(() -> ticket.reissue(KEY.getPrivate())).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot be reissued");
        assertThat(ticket.serial()).isEqualTo(1);
    }

    @Test
    void aRevokedTicketCannotBeRevokedAgain() {
        ticket.revoke(TicketRevoked.Reason.REFUNDED, NOW);

        assertThatThrownBy(() -> ticket.revoke(TicketRevoked.Reason.CANCELLED, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(events()).hasSize(1);
    }

    @Test
    void refusesASerialBeyondWhatATokenCarries() {
        ReflectionTestUtils.setField(ticket, "serial", TicketToken.MAX_SERIAL);

        assertThatThrownBy(() -> ticket.reissue(KEY.getPrivate())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("reissued too often");
        assertThat(ticket.serial()).isEqualTo(TicketToken.MAX_SERIAL);
    }

    private int verifiedSerial() {
        TicketVerification verification = TicketTokenCodec.verify(ticket.view("Standing").qrText(), id -> List.of(KEY.getPublic()));
        assertThat(verification).isInstanceOf(TicketVerification.Genuine.class);
        return ((TicketVerification.Genuine) verification).token().serial();
    }

    private List<Object> events() {
        return new ArrayList<>(assertThat(ticket).extracting("domainEvents", LIST).actual());
    }
}
