package dev.marquee.client.fx;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Reads QR codes back from JavaFX images with ZXing core, the way a scanner would see the screen. */
final class QrCodes {

    private QrCodes() {
    }

    static String decode(Image image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
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
