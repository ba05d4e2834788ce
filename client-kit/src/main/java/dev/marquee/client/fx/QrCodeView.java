package dev.marquee.client.fx;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Shows a text, such as a ticket token, as a QR code filling the control's square, with crisp module edges at any
 * size. Error correction M and a quiet zone of 4 modules, black on white whatever the theme, so phones and gate
 * scanners read it from a screen.
 *
 * <p>Style class {@value #STYLE_CLASS}; the look is {@link QrCodeViewSkin}. For printing or e-mail, use
 * {@link #toImage(String, int)} without a control.
 */
public class QrCodeView extends Control {

    /** The style class of the control. */
    public static final String STYLE_CLASS = "qr-code-view";

    /** Modules of white border every QR code keeps, as the standard asks. */
    public static final int QUIET_ZONE_MODULES = 4;

    private static final int DARK = 0xFF000000;
    private static final int LIGHT = 0xFFFFFFFF;
    private static final double DEFAULT_SIZE = 200;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    /** An empty QR view; it shows nothing until it has a text. */
    public QrCodeView() {
        this("");
    }

    /**
     * @param text what the code carries
     */
    public QrCodeView(String text) {
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("QR code");
        setPrefSize(DEFAULT_SIZE, DEFAULT_SIZE);
        setText(text);
    }

    /** What the code carries; empty or {@code null} shows nothing. */
    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String value) {
        text.set(value);
    }

    /**
     * Renders a text as a square QR code image: error correction M, quiet zone of 4 modules, black on white. Each
     * module is a whole number of pixels, so the edges stay sharp; leftover pixels widen the white border evenly.
     *
     * @param text   what the code carries, in UTF-8; not empty
     * @param sizePx the side of the image in pixels; raised to one pixel per module when smaller than that
     * @return a new image, sizePx by sizePx (or the minimum)
     * @throws IllegalArgumentException if the text is empty or too long for a QR code
     */
    public static Image toImage(String text, int sizePx) {
        return render(encode(text), sizePx);
    }

    /**
     * The code's modules, quiet zone included, one bit per module.
     *
     * @param text what the code carries; not empty
     * @return a square matrix; set bits are dark modules
     * @throws IllegalArgumentException if the text is empty or too long for a QR code
     */
    static BitMatrix encode(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs a text to carry");
        }
        try {
            // Size 0 asks ZXing for one pixel per module; scaling happens in render, in whole pixels.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("The text does not fit in a QR code (" + text.length() + " characters)", tooLong);
        }
    }

    /**
     * Draws modules as solid squares of whole pixels (nearest neighbour), centred in a white square.
     *
     * @param modules the code, quiet zone included
     * @param sizePx  the side of the image in pixels
     * @return a new image
     */
    static WritableImage render(BitMatrix modules, int sizePx) {
        int count = modules.getWidth();
        int side = Math.max(sizePx, count);
        int modulePx = side / count;
        int offset = (side - modulePx * count) / 2;

        int[] pixels = new int[side * side];
        Arrays.fill(pixels, LIGHT);
        for (int moduleY = 0; moduleY < count; moduleY++) {
            for (int moduleX = 0; moduleX < count; moduleX++) {
                if (modules.get(moduleX, moduleY)) {
                    fillModule(pixels, side, offset + moduleX * modulePx, offset + moduleY * modulePx, modulePx);
                }
            }
        }
        WritableImage image = new WritableImage(side, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
        return image;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new QrCodeViewSkin(this);
    }

    /** Brings its own styles (the white background), so the code stays readable in a dark scene. */
    @Override
    public String getUserAgentStylesheet() {
        return Theme.sharedStylesheet();
    }

    private static void fillModule(int[] pixels, int side, int left, int top, int modulePx) {
        for (int y = top; y < top + modulePx; y++) {
            Arrays.fill(pixels, y * side + left, y * side + left + modulePx, DARK);
        }
    }
}
