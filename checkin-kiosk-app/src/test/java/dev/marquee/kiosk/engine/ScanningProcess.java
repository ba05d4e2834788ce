package dev.marquee.kiosk.engine;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A kiosk in its own JVM, for the test that kills it: {@code scan} mode scans each line of standard input and
 * answers {@code SHOWN <verdict>} once the verdict would be on screen; {@code upload} mode uploads what is pending
 * and answers {@code UPLOADED <uploaded> <accepted> <repeated> <pending>}.
 */
public final class ScanningProcess {

    private ScanningProcess() {
    }

    /** @param args the data directory, the server address and the mode */
    public static void main(String[] args) throws Exception {
        // Standard output is this process's answer channel to the test, not a log.
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        KioskOptions options = KioskOptions.gate("Side door");
        try (KioskEngine kiosk = KioskEngine.open(Path.of(args[0]), KioskEngine.clientFor(URI.create(args[1])), options)) {
            if (args[2].equals("upload")) {
                UploadReport report = kiosk.uploadPending();
                answers.println("UPLOADED " + report.uploaded() + " " + report.accepted() + " " + report.repeated() + " " + kiosk.status().pending());
                return;
            }
            BufferedReader codes = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String code;
            while ((code = codes.readLine()) != null) {
                answers.println("SHOWN " + kiosk.scan(code, Instant.now()).verdict());
            }
        }
    }
}
