package dev.marquee.boxoffice;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves the real window as PNG for the documentation, only when {@code -Dbox-office.screenshots=<folder>} is given,
 * so an ordinary test run writes nothing.
 */
final class Screenshots {

    private Screenshots() {
    }

    static Optional<Path> folder() {
        String folder = System.getProperty("box-office.screenshots");
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Call on the FX thread. */
    static void take(Scene scene, String name) {
        folder().ifPresent(folder -> write(scene.snapshot(null), folder.resolve(name)));
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
