package dev.marquee.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.kiosk.engine.KioskStatus;
import dev.marquee.kiosk.engine.ScanOutcome;
import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScanViewModelTest {

    private Instant now = Instant.parse("2026-12-06T19:00:00Z");
    private final List<String> scanned = new ArrayList<>();
    private final List<Boolean> sounds = new ArrayList<>();
    private ScanOutcome next = admitted();
    private final ScanViewModel model = new ScanViewModel((code, at) -> {
        scanned.add(code);
        return next;
    }, BackgroundTasks.sameThread(), sounds::add, () -> now, Duration.ofSeconds(3));

    @Test
    void aWedgeScannerTypesTheCodeThenEnterAndTheVerdictIsShownAndHeard() {
        "MQ1:ABC".chars().forEach(c -> model.typed(String.valueOf((char) c)));
        model.typed("\r");

        assertThat(scanned).containsExactly("MQ1:ABC");
        assertThat(model.displayProperty().get()).isEqualTo(ScanViewModel.Display.ADMITTED);
        assertThat(model.headlineProperty().get()).isEqualTo("ADMITTED");
        assertThat(model.holderProperty().get()).isEqualTo("Mia Muster · Standing");
        assertThat(sounds).containsExactly(true);
    }

    @Test
    void aRejectionSaysWhyInPlainWordsWithWhenAndWhere() {
        next = new ScanOutcome(UUID.randomUUID(), Verdict.REJECTED, RejectReason.ALREADY_ADMITTED, "Mia Muster", "Standing",
                Instant.parse("2026-12-06T18:55:00Z"), "North", true);

        model.submit("MQ1:ABC");

        assertThat(model.displayProperty().get()).isEqualTo(ScanViewModel.Display.REJECTED);
        assertThat(model.headlineProperty().get()).isEqualTo("Already admitted");
        assertThat(model.detailProperty().get()).contains("North").contains("Decided offline");
        assertThat(sounds).containsExactly(false);
    }

    @Test
    void theSameCodeWithinASecondIsScannerBounce() {
        assertThat(model.submit("MQ1:ABC")).isTrue();
        now = now.plusMillis(400);
        assertThat(model.submit("MQ1:ABC")).isFalse();
        assertThat(model.submit("MQ1:OTHER")).isTrue();
        now = now.plusMillis(1500);
        assertThat(model.submit("MQ1:OTHER")).isTrue();

        assertThat(scanned).containsExactly("MQ1:ABC", "MQ1:OTHER", "MQ1:OTHER");
    }

    @Test
    void theVerdictResetsAfterTheConfiguredDelay() {
        model.submit("MQ1:ABC");

        model.tick(now.plusSeconds(2));
        assertThat(model.displayProperty().get()).isEqualTo(ScanViewModel.Display.ADMITTED);
        model.tick(now.plusSeconds(3));
        assertThat(model.displayProperty().get()).isEqualTo(ScanViewModel.Display.READY);
        assertThat(model.headlineProperty().get()).isEqualTo("Scan a ticket");
    }

    @Test
    void theStatusShowsOfflineTheAgeOfTheDataAndTheCounts() {
        model.showStatus(new KioskStatus(true, "Main entrance", false, now.minusSeconds(42), 340, 12, 5));

        assertThat(model.connectionProperty().get()).isEqualTo("OFFLINE");
        assertThat(model.onlineProperty().get()).isFalse();
        assertThat(model.dataAgeProperty().get()).isEqualTo("Data 42 s old");
        assertThat(model.countsProperty().get()).isEqualTo("Admitted 12 of 340");
        assertThat(model.pendingProperty().get()).isEqualTo("5 scans to upload");
        model.tick(now.plusSeconds(120));
        assertThat(model.dataAgeProperty().get()).isEqualTo("Data 2 min old");
    }

    @Test
    void aFailedScanAsksToScanAgain() {
        ScanViewModel failing = new ScanViewModel((code, at) -> {
            throw new IllegalStateException("The local database failed");
        }, BackgroundTasks.sameThread(), sounds::add, () -> now, Duration.ofSeconds(3));

        failing.submit("MQ1:ABC");

        assertThat(failing.headlineProperty().get()).isEqualTo("Scan again");
        assertThat(failing.detailProperty().get()).isEqualTo("The local database failed");
    }

    static ScanOutcome admitted() {
        return new ScanOutcome(UUID.randomUUID(), Verdict.ADMITTED, null, "Mia Muster", "Standing", null, null, false);
    }
}
