package dev.marquee.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.server.platform.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCursorTest {

    @Test
    void survivesTheRoundTripToNanoseconds() {
        EventCursor cursor = new EventCursor(Instant.parse("2026-12-31T19:00:00.123456789Z"), UUID.randomUUID());

        assertThat(EventCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesAnythingElseWithAClearMessage() {
        assertThatThrownBy(() -> EventCursor.decode("garbage")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("previous page");
        assertThatThrownBy(() -> EventCursor.decode("@@@")).isInstanceOf(InvalidInputException.class);
    }
}
