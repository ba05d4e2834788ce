package dev.marquee.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTokenTest {

    private final UUID ticket = UUID.randomUUID();
    private final UUID event = UUID.randomUUID();
    private final UUID type = UUID.randomUUID();

    @Test
    void keepsValidityTimesToTheSecond() {
        TicketToken token = new TicketToken(ticket, event, type, 1,
                Instant.parse("2026-06-01T18:00:00.750Z"), Instant.parse("2026-06-01T23:59:59.999999999Z"));

        assertThat(token.validFrom()).isEqualTo(Instant.parse("2026-06-01T18:00:00Z"));
        assertThat(token.validUntil()).isEqualTo(Instant.parse("2026-06-01T23:59:59Z"));
    }

    @Test
    void allowsAnOpenWindow() {
        TicketToken token = new TicketToken(ticket, event, type, 1, null, null);

        assertThat(token.validFrom()).isNull();
        assertThat(token.validUntil()).isNull();
    }

    @Test
    void acceptsSerialsThatFitTwoBytes() {
        assertThat(new TicketToken(ticket, event, type, 1, null, null).serial()).isEqualTo(1);
        assertThat(new TicketToken(ticket, event, type, 65535, null, null).serial()).isEqualTo(65535);
    }

    @Test
    void refusesSerialsOutsideOneTo65535() {
        assertThatThrownBy(() -> new TicketToken(ticket, event, type, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 65535");
        assertThatThrownBy(() -> new TicketToken(ticket, event, type, 65536, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketToken(ticket, event, type, -1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresAllThreeIds() {
        assertThatThrownBy(() -> new TicketToken(null, event, type, 1, null, null)).hasMessage("ticketId");
        assertThatThrownBy(() -> new TicketToken(ticket, null, type, 1, null, null)).hasMessage("eventId");
        assertThatThrownBy(() -> new TicketToken(ticket, event, null, 1, null, null)).hasMessage("ticketTypeId");
    }
}
