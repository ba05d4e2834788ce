package dev.marquee.client.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.client.MarqueeJson;
import dev.marquee.model.EventId;
import dev.marquee.model.live.ClientMessage;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The live-update messages as they travel, written and read with the client's mapper. */
class LiveMessagesTest {

    private final JsonMapper json = MarqueeJson.mapper();
    private final EventId event = EventId.of("0b4f7f3e-9d3a-4d6e-8a51-3f1f9a7f2c11");

    @Test
    void writesASubscriptionWithItsTypeTopicAndResumePoint() {
        String text = json.writeValueAsString(new ClientMessage.Subscribe(Topic.availability(event), 12L));

        assertThat(json.readTree(text).get("type").asString()).isEqualTo("subscribe");
        assertThat(json.readTree(text).get("topic").asString()).isEqualTo("availability:" + event);
        assertThat(json.readTree(text).get("after").asLong()).isEqualTo(12);
    }

    @Test
    void writesAPing() {
        assertThat(json.readTree(json.writeValueAsString(new ClientMessage.Ping())).get("type").asString()).isEqualTo("ping");
    }

    @Test
    void readsAnAvailabilityUpdate() {
        String text = """
                {"type":"availability","topic":"availability:%s","seq":3,"eventId":"%s",
                 "types":[{"ticketTypeId":"7a1c1c66-0d5e-4b55-9a1f-3f1f9a7f2c11","name":"Standing","capacity":800,"sold":2,"held":0,
                           "available":798}]}
                """.formatted(event, event);

        ServerMessage message = json.readValue(text, ServerMessage.class);

        assertThat(message).isInstanceOfSatisfying(ServerMessage.AvailabilityUpdate.class, update -> {
            assertThat(update.topic()).isEqualTo(Topic.availability(event));
            assertThat(update.seq()).isEqualTo(3);
            assertThat(update.types()).singleElement().extracting(ServerMessage.TypeCount::available).isEqualTo(798);
        });
    }

    @Test
    void anUnknownMessageTypeIsAReadingErrorTheClientCanSkip() {
        assertThatThrownBy(() -> json.readValue("{\"type\":\"confetti\",\"colour\":\"gold\"}", ServerMessage.class))
                .isInstanceOf(JacksonException.class);
    }
}
