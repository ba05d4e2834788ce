package dev.marquee.kiosk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.marquee.kiosk.support.Organizer;
import dev.marquee.model.EventId;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.RejectReason;
import dev.marquee.model.checkin.Verdict;
import dev.marquee.testing.ServerUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Two kiosks against the real server: pairing, sync, online verdicts, an outage, the upload, a duplicate, a revoked kiosk. */
class KioskEndToEndTest {

    private static final Logger LOG = LoggerFactory.getLogger(KioskEndToEndTest.class);

    @TempDir
    Path temp;

    @Test
    void keepsAdmittingThroughAnOutageAndReportsTheDuplicateAfterwards() {
        try (ServerUnderTest server = ServerUnderTest.start(temp.resolve("server"))) {
            Organizer organizer = new Organizer(server.url());
            String listId = organizer.createStandingList("Main entrance");
            List<Organizer.Sold> tickets = organizer.sellStanding(4);

            try (KioskEngine north = KioskEngine.open(temp.resolve("north"), KioskEngine.clientFor(server.url()), KioskOptions.gate("North"));
                    KioskEngine south = KioskEngine.open(temp.resolve("south"), KioskEngine.clientFor(server.url()), KioskOptions.gate("South"))) {
                // (1) pair and sync
                pairAndChoose(north, organizer, "North 1", listId);
                long started = System.nanoTime();
                int[] lastProgress = new int[2];
                assertThat(north.sync((synced, expected) -> {
                    lastProgress[0] = synced;
                    lastProgress[1] = expected;
                })).isEqualTo(4);
                LOG.info("First sync of 4 tickets took {} ms", (System.nanoTime() - started) / 1_000_000);
                assertThat(lastProgress).containsExactly(4, 4);
                assertThat(north.status().expected()).isEqualTo(4);
                assertThat(north.status().online()).isTrue();
                pairAndChoose(south, organizer, "South 1", listId);
                south.sync();

                // (2) online: admitted, then already admitted
                started = System.nanoTime();
                ScanOutcome first = north.scan(tickets.get(0).qrText(), Instant.now());
                LOG.info("Online scan took {} ms", (System.nanoTime() - started) / 1_000_000);
                assertThat(first.verdict()).isEqualTo(Verdict.ADMITTED);
                assertThat(first.offline()).isFalse();
                assertThat(first.holderName()).isEqualTo("Mia Muster");
                assertThat(first.ticketType()).isEqualTo("Standing");
                ScanOutcome again = north.scan(tickets.get(0).qrText(), Instant.now());
                assertThat(again.reason()).isEqualTo(RejectReason.ALREADY_ADMITTED);
                assertThat(again.firstGate()).isEqualTo("North");

                // A refund before the outage reaches both kiosks through the feed.
                organizer.refund(tickets.get(3));
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                    north.sync();
                    south.sync();
                    assertThat(north.status().expected()).isEqualTo(3);
                    assertThat(south.status().expected()).isEqualTo(3);
                });

                // (3) outage
                server.stop();
                started = System.nanoTime();
                ScanOutcome offline = north.scan(tickets.get(1).qrText(), Instant.now());
                LOG.info("First scan into the outage took {} ms", (System.nanoTime() - started) / 1_000_000);
                assertThat(offline.verdict()).isEqualTo(Verdict.ADMITTED);
                assertThat(offline.offline()).isTrue();
                assertThat(offline.holderName()).isEqualTo("Mia Muster");
                assertThat(offline.ticketType()).isEqualTo("Standing");
                assertThat(north.isOnline()).isFalse();
                started = System.nanoTime();
                assertThat(north.scan(forge(tickets.get(2).qrText()), Instant.now()).reason()).isEqualTo(RejectReason.FORGED);
                LOG.info("Offline scan took {} ms", (System.nanoTime() - started) / 1_000_000);
                assertThat(north.scan(tickets.get(3).qrText(), Instant.now()).reason()).isEqualTo(RejectReason.REVOKED);
                ScanOutcome seenOnline = north.scan(tickets.get(0).qrText(), Instant.now());
                assertThat(seenOnline.reason()).isEqualTo(RejectReason.ALREADY_ADMITTED);
                assertThat(seenOnline.firstGate()).isEqualTo("North");
                assertThat(north.scan(tickets.get(1).qrText(), Instant.now()).reason()).isEqualTo(RejectReason.ALREADY_ADMITTED);
                assertThat(north.scan("https://example.org/not-a-ticket", Instant.now()).reason()).isEqualTo(RejectReason.UNREADABLE);
                assertThat(north.status().pending()).isEqualTo(6);
                assertThat(north.status().admitted()).isEqualTo(2);
                // (5) the other kiosk lets the same ticket in during the outage.
                assertThat(south.scan(tickets.get(1).qrText(), Instant.now()).verdict()).isEqualTo(Verdict.ADMITTED);
                assertThat(south.scan(tickets.get(2).qrText(), Instant.now()).verdict()).isEqualTo(Verdict.ADMITTED);

                // (4) back online: the upload
                server.restart();
                UploadReport northUpload = north.uploadPending();
                assertThat(northUpload.uploaded()).isEqualTo(6);
                assertThat(northUpload.accepted()).isEqualTo(6);
                assertThat(northUpload.duplicates()).isEmpty();
                assertThat(north.isOnline()).isTrue();
                assertThat(north.status().pending()).isZero();
                UploadReport southUpload = south.uploadPending();
                assertThat(southUpload.accepted()).isEqualTo(2);
                assertThat(southUpload.duplicates()).singleElement().satisfies(duplicate -> {
                    assertThat(duplicate.ticketId()).isEqualTo(tickets.get(1).id());
                    assertThat(duplicate.firstGate()).isEqualTo("North");
                });
                assertThat(north.uploadPending().uploaded()).isZero();
                assertThat(organizer.attendance(listId).admitted()).isEqualTo(3);
                assertThat(organizer.attendance(listId).duplicates()).isEqualTo(1);

                // Online again, the server decides.
                ScanOutcome afterwards = north.scan(tickets.get(2).qrText(), Instant.now());
                assertThat(afterwards.offline()).isFalse();
                assertThat(afterwards.reason()).isEqualTo(RejectReason.ALREADY_ADMITTED);
                assertThat(afterwards.firstGate()).isEqualTo("South");

                // A revoked kiosk forgets everything and must pair again.
                organizer.revokeDevice("South 1");
                assertThatThrownBy(south::sync).isInstanceOf(DeviceRevokedException.class);
                assertThat(south.isPaired()).isFalse();
                assertThat(south.list()).isEmpty();
                assertThat(south.status().pending()).isZero();
            }
        }
    }

    static void pairAndChoose(KioskEngine kiosk, Organizer organizer, String deviceName, String listId) {
        kiosk.pair(organizer.pairingCode(deviceName));
        assertThat(kiosk.isPaired()).isTrue();
        assertThat(kiosk.events()).anySatisfy(event -> assertThat(event.id().value().toString()).isEqualTo(organizer.eventId()));
        List<CheckInListView> lists = kiosk.lists(EventId.of(organizer.eventId()));
        CheckInListView list = lists.stream().filter(candidate -> candidate.id().value().toString().equals(listId)).findFirst().orElseThrow();
        kiosk.chooseList(list, "The Lanterns: Winter Tour");
    }

    /** Changes one character inside the signature, keeping the code well-formed. */
    static String forge(String genuine) {
        int inSignature = genuine.length() - 6;
        char swapped = genuine.charAt(inSignature) == 'A' ? 'B' : 'A';
        return genuine.substring(0, inSignature) + swapped + genuine.substring(inSignature + 1);
    }
}
