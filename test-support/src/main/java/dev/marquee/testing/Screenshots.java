package dev.marquee.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a scene shows, saved as PNG for the documentation. Works headless: the image goes through AWT's
 * {@link BufferedImage}, which needs no display.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * The folder the system property names, such as {@code -Dbox-office.screenshots=docs/screenshots}; empty when it is
     * not given, so that an ordinary test run writes nothing.
     */
    public static Optional<Path> folder(String property) {
        String folder = System.getProperty(property);
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Saves the scene as it is now to the PNG file, creating its folder. Call from any thread. */
    public static void save(Scene scene, Path file) {
        WritableImage image = Platform.isFxApplicationThread() ? scene.snapshot(null)
                : WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, argb, 0, width);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the screenshot " + file, e);
        }
    }
}
