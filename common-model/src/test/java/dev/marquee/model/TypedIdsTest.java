package dev.marquee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class TypedIdsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void serialisesAsBareUuid() {
        UUID uuid = UUID.fromString("0b4f7f3e-9a43-4c1e-8d0e-5f7e1f6f2a11");
        EventId id = new EventId(uuid);

        assertThat(json.writeValueAsString(id)).isEqualTo("\"" + uuid + "\"");
        assertThat(json.readValue("\"" + uuid + "\"", EventId.class)).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(uuid.toString());
    }

    @Test
    void readsListsOfIds() {
        List<OrganizerId> ids = List.of(OrganizerId.random(), OrganizerId.random());

        String text = json.writeValueAsString(ids);

        assertThat(json.readValue(text, new TypeReference<List<OrganizerId>>() { })).isEqualTo(ids);
    }

    @Test
    void refusesTextThatIsNotAUuid() {
        assertThatThrownBy(() -> VenueId.of("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UserId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void idsOfDifferentKindsAreNeverEqual() {
        UUID uuid = UUID.randomUUID();
        assertThat((Object) new EventId(uuid)).isNotEqualTo(new VenueId(uuid));
    }
}
