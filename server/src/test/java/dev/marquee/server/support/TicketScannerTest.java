package dev.marquee.server.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class TicketScannerTest {

    @Test
    void failsWithEveryAttemptNamedWhenAPageHasNoCode() throws IOException {
        byte[] blank;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            blank = out.toByteArray();
        }

        assertThatThrownBy(() -> TicketScanner.qrTexts(blank))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("No readable QR code on page 1; tried 150 dpi RGB hybrid: NotFoundException")
                .hasMessageContaining("300 dpi GRAY global histogram: NotFoundException");
    }
}
