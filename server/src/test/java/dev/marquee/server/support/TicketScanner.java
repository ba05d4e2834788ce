package dev.marquee.server.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR codes of ticket PDFs back as a scanner would see the printed page. One rendering can miss a code that
 * is perfectly printable: at some resolutions a module falls across pixel edges, and ZXing then reports a wrong
 * format or checksum rather than nothing. So each page is tried at several resolutions, in colour and in grey, with
 * two binarizers, and only when every attempt fails does the scan fail, naming each attempt and why it failed.
 */
public final class TicketScanner {

    /** Screen, office-printer and print-shop resolutions, tried in this order. */
    public static final int[] PRINT_RESOLUTIONS = {150, 200, 300};

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private TicketScanner() {
    }

    /** The text of the QR code on every page, in page order. */
    public static List<String> qrTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                texts.add(scan(document, page, PRINT_RESOLUTIONS).getText());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }

    /**
     * Scans one page, trying the resolutions in order; the result's points are in pixels of the resolution that read it.
     *
     * @throws AssertionError when no attempt finds a readable QR code
     */
    public static Result scan(PDDocument document, int page, int... dpis) {
        PDFRenderer renderer = new PDFRenderer(document);
        List<String> attempts = new ArrayList<>();
        for (int dpi : dpis) {
            for (ImageType colours : List.of(ImageType.RGB, ImageType.GRAY)) {
                BufferedImage image = render(renderer, page, dpi, colours);
                LuminanceSource luminance = new BufferedImageLuminanceSource(image);
                for (Map.Entry<String, BinaryBitmap> bitmap : List.of(
                        Map.entry("hybrid", new BinaryBitmap(new HybridBinarizer(luminance))),
                        Map.entry("global histogram", new BinaryBitmap(new GlobalHistogramBinarizer(luminance))))) {
                    try {
                        return new QRCodeReader().decode(bitmap.getValue(), HINTS);
                    } catch (ReaderException unreadable) {
                        // NotFoundException, FormatException and ChecksumException alike: another rendering may read it.
                        attempts.add(dpi + " dpi " + colours + " " + bitmap.getKey() + ": " + unreadable.getClass().getSimpleName());
                    }
                }
            }
        }
        throw new AssertionError("No readable QR code on page " + (page + 1) + "; tried " + String.join(", ", attempts));
    }

    private static BufferedImage render(PDFRenderer renderer, int page, int dpi, ImageType colours) {
        try {
            return renderer.renderImageWithDPI(page, dpi, colours);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render page " + (page + 1) + " at " + dpi + " dpi", e);
        }
    }
}
