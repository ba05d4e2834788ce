package dev.marquee.client.fx;

import com.google.zxing.common.BitMatrix;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default look of a {@link QrCodeView}: one {@code .image} view holding the code drawn at the largest square that
 * fits, in device pixels (so HiDPI screens get sharp modules too). The code is encoded once per text and drawn again
 * only when the size changes.
 */
public class QrCodeViewSkin extends SkinBase<QrCodeView> {

    private static final Logger LOG = LoggerFactory.getLogger(QrCodeViewSkin.class);

    private final ImageView imageView = new ImageView();
    private BitMatrix modules;
    private int renderedPx;

    /**
     * @param control the QR view this skin draws
     */
    public QrCodeViewSkin(QrCodeView control) {
        super(control);
        imageView.getStyleClass().add("image");
        imageView.setSmooth(false);
        imageView.setPreserveRatio(true);
        getChildren().add(imageView);
        registerChangeListener(control.textProperty(), observable -> textChanged());
        textChanged();
    }

    @Override
    protected void layoutChildren(double contentX, double contentY, double contentWidth, double contentHeight) {
        double side = Math.floor(Math.min(contentWidth, contentHeight));
        int wantedPx = (int) Math.floor(side * outputScale());
        if (modules != null && wantedPx > 0 && wantedPx != renderedPx) {
            imageView.setImage(QrCodeView.render(modules, wantedPx));
            renderedPx = wantedPx;
        }
        imageView.setFitWidth(side);
        imageView.setFitHeight(side);
        imageView.relocate(snapPositionX(contentX + (contentWidth - side) / 2), snapPositionY(contentY + (contentHeight - side) / 2));
    }

    @Override
    public void dispose() {
        imageView.setImage(null);
        super.dispose();
    }

    private void textChanged() {
        String text = getSkinnable().getText();
        modules = null;
        if (text != null && !text.isEmpty()) {
            try {
                modules = QrCodeView.encode(text);
            } catch (IllegalArgumentException tooLong) {
                LOG.warn("Cannot show a QR code: {}", tooLong.getMessage());
            }
        }
        imageView.setImage(null);
        renderedPx = 0;
        getSkinnable().requestLayout();
    }

    private double outputScale() {
        Window window = getSkinnable().getScene() == null ? null : getSkinnable().getScene().getWindow();
        return window == null ? 1.0 : Math.max(1.0, window.getOutputScaleX());
    }
}
