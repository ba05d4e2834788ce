package dev.marquee.boxoffice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPickerViewModelTest {

    private final FakeBoxOfficeServer server = new FakeBoxOfficeServer(new MutableClock());
    private final EventPickerViewModel picker = new EventPickerViewModel(server, BackgroundTasks.sameThread(), Runnable::run);

    @Test
    void liveUpdatesChangeTheAvailabilityWithoutReloading() {
        picker.search();
        picker.selectedEventProperty().set(picker.events().getFirst());
        TicketTypeRow standing = picker.ticketTypes().getFirst();

        server.availabilityListener.accept(new ServerMessage.AvailabilityUpdate(Topic.availability(server.concert), 7, server.concert,
                List.of(new ServerMessage.TypeCount(server.standing.id(), "Standing", 800, 800, 0, 0))));

        assertThat(standing.getAvailable()).isZero();
        assertThat(standing.isSoldOut()).isTrue();
        assertThat(picker.ticketTypes().get(2).isSoldOut()).isTrue();
        assertThat(picker.ticketTypes().get(1).isSoldOut()).isFalse();
    }
}
