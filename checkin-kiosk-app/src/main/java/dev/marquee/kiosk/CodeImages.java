package dev.marquee.kiosk;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritablePixelFormat;

/** Reads the QR code in a picture, the fallback when no scanner is plugged in. */
final class CodeImages {

    private CodeImages() {
    }

    /** The text of the QR code in the image, or empty when there is none that can be read. */
    static Optional<String> read(Image image) {
        PixelReader pixels = image.getPixelReader();
        if (pixels == null) {
            return Optional.empty();
        }
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        pixels.getPixels(0, 0, width, height, WritablePixelFormat.getIntArgbInstance(), argb, 0, width);
        LuminanceSource source = new RGBLuminanceSource(width, height, argb);
        try {
            return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
                    .getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
