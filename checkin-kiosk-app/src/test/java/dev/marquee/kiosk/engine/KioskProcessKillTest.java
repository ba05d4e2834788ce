package dev.marquee.kiosk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.kiosk.support.Organizer;
import dev.marquee.testing.ServerUnderTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk process killed outright while offline loses no scan, and uploads each exactly once after it restarts. */
class KioskProcessKillTest {

    @TempDir
    Path temp;

    @Test
    void everyScanShownBeforeTheKillIsUploadedExactlyOnce() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(temp.resolve("server"))) {
            Organizer organizer = new Organizer(server.url());
            String listId = organizer.createStandingList("Side door");
            List<Organizer.Sold> tickets = new ArrayList<>(organizer.sellStanding(10));
            tickets.addAll(organizer.sellStanding(10));
            Path kioskDir = temp.resolve("kiosk");
            try (KioskEngine kiosk = KioskEngine.open(kioskDir, KioskEngine.clientFor(server.url()), KioskOptions.gate("Side door"))) {
                KioskEndToEndTest.pairAndChoose(kiosk, organizer, "Side 1", listId);
                assertThat(kiosk.sync()).isEqualTo(20);
            }

            Process scanning = kiosk(kioskDir, "http://127.0.0.1:" + closedPort(), "scan");
            int shown = 0;
            try (Writer codes = scanning.outputWriter(StandardCharsets.UTF_8);
                    BufferedReader answers = scanning.inputReader(StandardCharsets.UTF_8)) {
                for (int i = 0; i < 8; i++) {
                    codes.write(tickets.get(i).qrText() + "\n");
                    codes.flush();
                    assertThat(answer(answers)).isEqualTo("SHOWN ADMITTED");
                    shown++;
                }
                // More scans on their way while the process dies.
                for (int i = 8; i < 20; i++) {
                    codes.write(tickets.get(i).qrText() + "\n");
                }
                codes.flush();
                assertThat(answer(answers)).isEqualTo("SHOWN ADMITTED");
                shown++;
                scanning.toHandle().destroyForcibly();
                assertThat(scanning.waitFor(10, TimeUnit.SECONDS)).isTrue();
            } catch (IOException stoppedMidWrite) {
                assertThat(scanning.isAlive()).isFalse();
            }

            String[] upload = run(kiosk(kioskDir, server.url().toString(), "upload"));
            int uploaded = Integer.parseInt(upload[1]);
            assertThat(uploaded).isBetween(shown, 20);
            assertThat(upload[2]).as("accepted").isEqualTo(upload[1]);
            assertThat(upload[3]).as("repeated").isEqualTo("0");
            assertThat(upload[4]).as("pending").isEqualTo("0");
            assertThat(organizer.attendance(listId).admitted()).isEqualTo(uploaded);

            String[] again = run(kiosk(kioskDir, server.url().toString(), "upload"));
            assertThat(again[1]).as("uploaded again").isEqualTo("0");
            assertThat(organizer.attendance(listId).admitted()).isEqualTo(uploaded);
        }
    }

    private static Process kiosk(Path dataDir, String server, String mode) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ScanningProcess.class.getName(), dataDir.toString(), server, mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String[] run(Process process) throws Exception {
        String answer;
        try (BufferedReader answers = process.inputReader(StandardCharsets.UTF_8)) {
            answer = answer(answers);
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(answer).startsWith("UPLOADED ");
        return answer.split(" ");
    }

    /** The next answer; the kiosk's log shares standard output, so other lines are skipped. */
    private static String answer(BufferedReader answers) throws IOException {
        String line;
        do {
            line = answers.readLine();
        } while (line != null && !line.startsWith("SHOWN ") && !line.startsWith("UPLOADED "));
        return line;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
