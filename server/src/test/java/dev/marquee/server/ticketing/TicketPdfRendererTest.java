package dev.marquee.server.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import dev.marquee.server.support.TicketScanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketPdfRendererTest {

    /** As long as the signed tokens get, in the Base45 alphabet that puts a QR code in alphanumeric mode. */
    private static final String QR_TEXT = signedToken(190);

    private final TicketPdfRenderer renderer = new TicketPdfRenderer();

    @Test
    void printsEachTicketOnItsOwnPageWithItsDetails() throws IOException {
        PrintableTicket first = ticket("Ada Lovelace", "T-000101");
        PrintableTicket second = ticket("Grace Hopper", "T-000102");

        try (PDDocument document = Loader.loadPDF(renderer.render(List.of(first, second)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());

            String firstPage = text(document, 1);
            assertThat(firstPage).contains("Jazz on the Pier", "Sat 14 Mar 2026, 20:00", "Harbour Hall", "Quay Street 1",
                    "Standing", "€45.00", "Ada Lovelace", "MQ-7K2P", "T-000101");
            assertThat(firstPage).doesNotContain("Grace Hopper", "T-000102");
            assertThat(text(document, 2)).contains("Jazz on the Pier", "Grace Hopper", "T-000102");
        }
    }

    @ParameterizedTest(name = "at {0} dpi")
    @ValueSource(ints = {150, 300})
    void qrCodeScansAtPrintResolution(int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(List.of(ticket("Ada Lovelace", "T-000101"))))) {
            Result scan = scan(document, dpi);

            assertThat(scan.getText()).isEqualTo(QR_TEXT);
            assertThat(scan.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
        }
    }

    @Test
    void qrCodeIsAtLeastThirtyFiveMillimetresWide() throws IOException, WriterException {
        try (PDDocument document = Loader.loadPDF(renderer.render(List.of(ticket("Ada Lovelace", "T-000101"))))) {
            Result scan = scan(document, 300);

            float pixelsPerMillimetre = 300 / 25.4f;
            float finderCentreDistance = scan.getResultPoints()[2].getX() - scan.getResultPoints()[1].getX();
            // Finder pattern centres lie 3.5 modules inside the symbol's edges, so they span all but 7 of its modules.
            int modules = Encoder.encode(QR_TEXT, ErrorCorrectionLevel.M).getVersion().getDimensionForVersion();
            float symbolWidth = finderCentreDistance * modules / (modules - 7) / pixelsPerMillimetre;
            assertThat(symbolWidth).isGreaterThanOrEqualTo(35);
        }
    }

    @Test
    void printsNamesOutsideTheFontsCharacterSetWithoutFailing() throws IOException {
        PrintableTicket ticket = ticket("Zoë Łukasiewicz 李", "T-000103");

        byte[] pdf = renderer.render(List.of(ticket));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document, 1)).contains("Zoë ?ukasiewicz ?");
            assertThat(scan(document, 150).getText()).isEqualTo(QR_TEXT);
        }
    }

    @Test
    void dropsAccentsTheFontCannotPrintRatherThanTheLetters() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(List.of(ticket("Antonín Dvořák", "T-000104"))))) {
            assertThat(text(document, 1)).contains("Antonín Dvorák");
        }
    }

    @Test
    void marksAnUnnamedTicketWithADash() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(List.of(ticket(null, "T-000105"), ticket("  ", "T-000106"))))) {
            assertThat(text(document, 1)).contains("HOLDER\n—");
            assertThat(text(document, 2)).contains("HOLDER\n—");
        }
    }

    @Test
    void keepsALongTitleOnThePageAndClearOfTheQrCode() throws IOException {
        String title = "The Extraordinarily Long Farewell Concert of the Northern Philharmonic Orchestra and Friends, "
                + "Featuring Supercalifragilisticexpialidociousnessworthyperformances and a Grand Finale Under the Stars";
        PrintableTicket ticket = new PrintableTicket(title, "Harbour Hall", "Quay Street 1\n1011 AB Amsterdam",
                "Sat 14 Mar 2026, 20:00", "Standing", "€45.00", "Ada Lovelace", "MQ-7K2P", "T-000107", QR_TEXT);

        try (PDDocument document = Loader.loadPDF(renderer.render(List.of(ticket)))) {
            PDRectangle page = document.getPage(0).getMediaBox();
            List<TextPosition> glyphs = glyphs(document);

            assertThat(glyphs).allSatisfy(glyph -> {
                assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(0);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(page.getWidth());
                assertThat(glyph.getYDirAdj()).isBetween(0f, page.getHeight());
            });
            assertThat(text(document, 1)).contains("The Extraordinarily Long");
            assertThat(scan(document, 150).getText()).isEqualTo(QR_TEXT);
        }
    }

    @Test
    void refusesToRenderNoTickets() {
        assertThatThrownBy(() -> renderer.render(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one ticket");
    }

    @Test
    void rendersTicketsWithMissingOptionalText() {
        PrintableTicket sparse = new PrintableTicket("Jazz on the Pier", "Harbour Hall", null, "Sat 14 Mar 2026, 20:00", "Standing",
                "€45.00", null, "MQ-7K2P", "T-000108", QR_TEXT);

        assertThatCode(() -> renderer.render(List.of(sparse))).doesNotThrowAnyException();
    }

    private static PrintableTicket ticket(String holderName, String ticketNumber) {
        return new PrintableTicket("Jazz on the Pier", "Harbour Hall", "Quay Street 1\n1011 AB Amsterdam", "Sat 14 Mar 2026, 20:00",
                "Standing", "€45.00", holderName, "MQ-7K2P", ticketNumber, QR_TEXT);
    }

    private static String signedToken(int length) {
        String base45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        Random random = new Random(45);
        StringBuilder token = new StringBuilder("MQ1:");
        while (token.length() < length) {
            token.append(base45.charAt(random.nextInt(base45.length())));
        }
        return token.toString();
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                glyphs.addAll(textPositions);
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    private static Result scan(PDDocument document, int dpi) {
        return TicketScanner.scan(document, 0, dpi);
    }
}
