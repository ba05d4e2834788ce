package dev.marquee.client.fx;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * Reads QR codes back from JavaFX images with ZXing core, the way a scanner would see the screen. A snapshot holds
 * nothing but the code and its quiet zone, so the exact {@code PURE_BARCODE} reading is tried first; should it or a
 * binarizer misread a module (ZXing then reports a wrong format or checksum rather than nothing), the other readings
 * are tried, and only when all fail does decoding fail, naming each attempt.
 */
final class QrCodes {

    private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    private static final Map<DecodeHintType, Object> SEARCH = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrCodes() {
    }

    /**
     * @throws AssertionError when no reading finds the code
     */
    static String decode(Image image) {
        LuminanceSource luminance = new ImageLuminanceSource(image);
        List<String> attempts = new ArrayList<>();
        for (Map<DecodeHintType, Object> hints : List.of(PURE, SEARCH)) {
            for (Map.Entry<String, BinaryBitmap> bitmap : List.of(
                    Map.entry("hybrid", new BinaryBitmap(new HybridBinarizer(luminance))),
                    Map.entry("global histogram", new BinaryBitmap(new GlobalHistogramBinarizer(luminance))))) {
                try {
                    return new QRCodeReader().decode(bitmap.getValue(), hints).getText();
                } catch (ReaderException unreadable) {
                    attempts.add(hints.keySet() + " " + bitmap.getKey() + ": " + unreadable.getClass().getSimpleName());
                }
            }
        }
        throw new AssertionError("No readable QR code in the " + (int) image.getWidth() + "×" + (int) image.getHeight()
                + " image; tried " + String.join(", ", attempts));
    }

    static int[] argbPixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /** Grey levels of an image, transparent parts read as white paper. */
    private static final class ImageLuminanceSource extends LuminanceSource {

        private final byte[] luminances;

        ImageLuminanceSource(Image image) {
            super((int) image.getWidth(), (int) image.getHeight());
            int[] argb = argbPixels(image);
            luminances = new byte[argb.length];
            for (int i = 0; i < argb.length; i++) {
                int alpha = argb[i] >>> 24;
                int grey = (((argb[i] >> 16) & 0xFF) * 299 + ((argb[i] >> 8) & 0xFF) * 587 + (argb[i] & 0xFF) * 114) / 1000;
                luminances[i] = (byte) ((grey * alpha + 255 * (255 - alpha)) / 255);
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(luminances, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return luminances.clone();
        }
    }
}
