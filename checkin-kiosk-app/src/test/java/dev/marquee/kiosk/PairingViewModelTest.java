package dev.marquee.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.kiosk.engine.KioskEngine;
import dev.marquee.kiosk.engine.RequestRefusedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingViewModelTest {

    private final List<String> attempts = new ArrayList<>();
    private final List<KioskEngine> paired = new ArrayList<>();

    @Test
    void saysWhatToFixBeforeCallingTheServer() {
        PairingViewModel model = new PairingViewModel(this::refuse, BackgroundTasks.sameThread(), paired::add);
        model.serverProperty().set("localhost:8080");
        model.codeProperty().set("K7Q2");
        model.pair();
        assertThat(model.errorProperty().get()).contains("http://");

        model.serverProperty().set("http://localhost:8080");
        model.codeProperty().set("  ");
        model.pair();
        assertThat(model.errorProperty().get()).contains("pairing code");
        assertThat(attempts).isEmpty();
    }

    @Test
    void aRefusedCodeSaysWhatToDoNext() {
        PairingViewModel model = new PairingViewModel(this::refuse, BackgroundTasks.sameThread(), paired::add);
        model.codeProperty().set(" K7Q2-M9XD ");

        model.pair();

        assertThat(attempts).containsExactly("http://localhost:8080 K7Q2-M9XD");
        assertThat(model.errorProperty().get()).contains("Pairing code not found").contains("new code");
        assertThat(paired).isEmpty();
    }

    private KioskEngine refuse(URI server, String code) {
        attempts.add(server + " " + code);
        throw new RequestRefusedException(404, "Pairing code not found");
    }
}
