package dev.marquee.server.ticketing;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Renders tickets as a PDF, one ticket per page.
 *
 * <p>Pages are A6 landscape (148 × 105 mm): ticket-sized on screen and in a wallet, printed by a home printer at actual
 * size on A4 or letter paper with room to spare, and taken as they are by box-office printers with A6 stock. The left
 * part carries the event and the ticket's details; the stub on the right carries the QR code and the ticket number.
 *
 * <p>The QR code is drawn as vector squares rather than an image, so it stays sharp whatever the printer's
 * resolution. Only the standard Helvetica fonts are used, which keeps the file small but limits text to WinAnsi:
 * characters outside it fall back to their unaccented letter where there is one, and to '?' otherwise.
 */
@Component
final class TicketPdfRenderer {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A6.getHeight(), PDRectangle.A6.getWidth());
    private static final float MARGIN = mm(7);
    private static final float STUB_LINE_X = mm(90);
    private static final float TEXT_WIDTH = STUB_LINE_X - mm(5) - MARGIN;

    /** Side of the QR code including its quiet zone; the symbol itself is at least 36 mm wide even for version 1. */
    private static final float QR_SIDE = mm(50);
    private static final int QUIET_ZONE_MODULES = 4;
    private static final float QR_X = PAGE.getWidth() - mm(4) - QR_SIDE;
    private static final float QR_Y = (PAGE.getHeight() - QR_SIDE) / 2;

    private static final float TITLE_MAX_SIZE = 20;
    private static final float TITLE_MIN_SIZE = 12;
    private static final int TITLE_MAX_LINES = 3;

    private static final float INK = 0.1f;
    private static final float MUTED = 0.45f;
    private static final float RULE = 0.7f;
    private static final String ELLIPSIS = "…";
    private static final String NO_HOLDER = "—";

    byte[] render(List<PrintableTicket> tickets) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("There are no tickets to render; pass at least one ticket.");
        }
        try (PDDocument document = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (PrintableTicket ticket : tickets) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new TicketPage(content, regular, bold).draw(ticket);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the ticket PDF", e);
        }
    }

    private static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** Draws one ticket onto one page. */
    private static final class TicketPage {

        private final PDPageContentStream content;
        private final PDFont regular;
        private final PDFont bold;

        TicketPage(PDPageContentStream content, PDFont regular, PDFont bold) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        void draw(PrintableTicket ticket) throws IOException {
            drawEvent(ticket);
            drawDetails(ticket);
            drawStub(ticket);
        }

        /** Top of the left part, flowing downwards: brand, title, date and time, venue. */
        private void drawEvent(PrintableTicket ticket) throws IOException {
            float y = PAGE.getHeight() - MARGIN;

            y -= 7;
            text("MARQUEE", MARGIN, y, bold, 7, MUTED);
            y -= 7;

            float titleSize = TITLE_MAX_SIZE;
            List<String> title = lines(ticket.eventTitle(), bold, titleSize, TEXT_WIDTH, Integer.MAX_VALUE);
            while (title.size() > TITLE_MAX_LINES && titleSize > TITLE_MIN_SIZE) {
                titleSize--;
                title = lines(ticket.eventTitle(), bold, titleSize, TEXT_WIDTH, Integer.MAX_VALUE);
            }
            y = paragraph(capped(title, TITLE_MAX_LINES, " ", bold, titleSize, TEXT_WIDTH), MARGIN, y, bold, titleSize, INK);
            y -= 6;

            y = paragraph(lines(ticket.startsAt(), bold, 11, TEXT_WIDTH, 2), MARGIN, y, bold, 11, INK);
            y -= 5;

            y = paragraph(lines(ticket.venueName(), regular, 10, TEXT_WIDTH, 2), MARGIN, y, regular, 10, INK);
            List<String> address = new ArrayList<>();
            for (String line : nullToEmpty(ticket.venueAddress()).split("\\R")) {
                address.addAll(lines(line, regular, 9, TEXT_WIDTH, Integer.MAX_VALUE));
            }
            paragraph(capped(address, 3, ", ", regular, 9, TEXT_WIDTH), MARGIN, y, regular, 9, MUTED);
        }

        /** Bottom of the left part: two rows of labelled fields under a rule. */
        private void drawDetails(PrintableTicket ticket) throws IOException {
            float secondColumn = MARGIN + TEXT_WIDTH * 0.6f;
            float firstWidth = secondColumn - MARGIN - mm(3);
            float secondWidth = MARGIN + TEXT_WIDTH - secondColumn;
            float lowerRow = MARGIN + 2;
            float upperRow = lowerRow + 27;

            String holder = nullToEmpty(ticket.holderName()).isBlank() ? NO_HOLDER : ticket.holderName();
            field("TICKET TYPE", ticket.ticketType(), MARGIN, upperRow, firstWidth);
            field("PRICE", ticket.price(), secondColumn, upperRow, secondWidth);
            field("HOLDER", holder, MARGIN, lowerRow, firstWidth);
            field("ORDER", ticket.orderCode(), secondColumn, lowerRow, secondWidth);

            float ruleY = upperRow + 26;
            content.setStrokingColor(RULE);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, ruleY);
            content.lineTo(MARGIN + TEXT_WIDTH, ruleY);
            content.stroke();
        }

        private void field(String label, String value, float x, float baseline, float width) throws IOException {
            text(label, x, baseline + 12.5f, bold, 6.5f, MUTED);
            float size = sizeToFit(value, regular, 10.5f, 8, width);
            text(line(value, regular, size, width), x, baseline, regular, size, INK);
        }

        /** The tear-off stub: a dashed line, then the QR code between "ADMIT ONE" and the ticket number. */
        private void drawStub(PrintableTicket ticket) throws IOException {
            content.setStrokingColor(RULE);
            content.setLineWidth(0.5f);
            content.setLineDashPattern(new float[] {3, 3}, 0);
            content.moveTo(STUB_LINE_X, MARGIN);
            content.lineTo(STUB_LINE_X, PAGE.getHeight() - MARGIN);
            content.stroke();
            content.setLineDashPattern(new float[0], 0);

            float centre = (STUB_LINE_X + PAGE.getWidth()) / 2;
            float stubWidth = PAGE.getWidth() - STUB_LINE_X - mm(6);
            centred("ADMIT ONE", centre, QR_Y + QR_SIDE + 2, bold, 8, MUTED);
            qrCode(ticket.qrText());
            float numberSize = sizeToFit(ticket.ticketNumber(), bold, 9, 6, stubWidth);
            centred(line(ticket.ticketNumber(), bold, numberSize, stubWidth), centre, QR_Y - 8, bold, numberSize, INK);
        }

        /**
         * Fills all dark modules as one path, so that anti-aliased rasterisers show no seams between neighbouring
         * squares; runs of dark modules in a row become one rectangle to keep the file small.
         */
        private void qrCode(String qrText) throws IOException {
            ByteMatrix matrix = encode(qrText);
            int size = matrix.getWidth();
            float module = QR_SIDE / (size + 2 * QUIET_ZONE_MODULES);
            float left = QR_X + QUIET_ZONE_MODULES * module;
            float top = QR_Y + QR_SIDE - QUIET_ZONE_MODULES * module;
            for (int row = 0; row < size; row++) {
                int column = 0;
                while (column < size) {
                    if (matrix.get(column, row) != 1) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < size && matrix.get(column, row) == 1) {
                        column++;
                    }
                    content.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
                }
            }
            content.setNonStrokingColor(0f);
            content.fill();
        }

        private static ByteMatrix encode(String qrText) {
            try {
                return Encoder.encode(qrText, ErrorCorrectionLevel.M).getMatrix();
            } catch (WriterException e) {
                throw new IllegalArgumentException("The ticket's QR text does not fit in a QR code: " + e.getMessage(), e);
            }
        }

        /** Draws lines top-down from {@code top}; returns where the next block may start. */
        private float paragraph(List<String> lines, float x, float top, PDFont font, float size, float gray) throws IOException {
            float y = top;
            for (String line : lines) {
                y -= size;
                text(line, x, y, font, size, gray);
                y -= size * 0.2f;
            }
            return y;
        }

        private void centred(String text, float centre, float baseline, PDFont font, float size, float gray) throws IOException {
            text(text, centre - width(text, font, size) / 2, baseline, font, size, gray);
        }

        private void text(String text, float x, float baseline, PDFont font, float size, float gray) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(gray);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        /** The text on one line, cut short with an ellipsis if it is too wide. */
        private static String line(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = lines(text, font, size, width, 1);
            return lines.isEmpty() ? "" : lines.getFirst();
        }

        /** The text wrapped at word boundaries into at most {@code maxLines}, the last cut short if needed. */
        private static List<String> lines(String text, PDFont font, float size, float width, int maxLines) throws IOException {
            return capped(wrap(printable(text, font), font, size, width), maxLines, " ", font, size, width);
        }

        /** At most {@code maxLines}: the overflow joins the last line, which is cut short if it then is too wide. */
        private static List<String> capped(List<String> lines, int maxLines, String joiner, PDFont font, float size, float width)
                throws IOException {
            if (lines.size() <= maxLines) {
                return lines;
            }
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
            kept.add(ellipsized(String.join(joiner, lines.subList(maxLines - 1, lines.size())), font, size, width));
            return kept;
        }

        /** The largest size, down to {@code minSize}, at which the text fits on one line. */
        private static float sizeToFit(String text, PDFont font, float size, float minSize, float width) throws IOException {
            String printable = printable(text, font).strip();
            float fitting = size;
            while (fitting > minSize && width(printable, font, fitting) > width) {
                fitting -= 0.5f;
            }
            return fitting;
        }

        private static String ellipsized(String text, PDFont font, float size, float width) throws IOException {
            if (width(text, font, size) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut.strip() + ELLIPSIS, font, size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + ELLIPSIS;
        }

        /** Greedy word wrap; a word wider than the line on its own is broken between characters. */
        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            String current = "";
            for (String word : text.strip().split("\\s+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, font, size) <= width) {
                    current = candidate;
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current);
                }
                String remainder = word;
                while (remainder.length() > 1 && width(remainder, font, size) > width) {
                    int end = remainder.length() - 1;
                    while (end > 1 && width(remainder.substring(0, end), font, size) > width) {
                        end--;
                    }
                    lines.add(remainder.substring(0, end));
                    remainder = remainder.substring(end);
                }
                current = remainder;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            return lines;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * The text with every character the font cannot encode replaced: by its base letter where dropping an accent
         * gives one the font has ("ř" becomes "r"), otherwise by '?'. Whitespace becomes plain spaces.
         */
        private static String printable(String text, PDFont font) throws IOException {
            StringBuilder printable = new StringBuilder();
            for (int codePoint : nullToEmpty(text).codePoints().toArray()) {
                if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                    printable.append(' ');
                } else if (encodable(codePoint, font)) {
                    printable.appendCodePoint(codePoint);
                } else {
                    int base = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD).codePointAt(0);
                    printable.appendCodePoint(base != codePoint && encodable(base, font) ? base : '?');
                }
            }
            return printable.toString();
        }

        private static boolean encodable(int codePoint, PDFont font) throws IOException {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IllegalArgumentException notInEncoding) {
                return false;
            }
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
