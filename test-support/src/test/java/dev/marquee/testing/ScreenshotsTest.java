package dev.marquee.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The PNG holds what the headless window shows. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    @TempDir
    Path folder;

    private Scene scene;

    @Start
    void start(Stage stage) {
        Region box = new Region();
        box.setStyle("-fx-background-color: #d03020");
        scene = new Scene(box, 120, 80, Color.WHITE);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void savesTheSceneAsPng() throws IOException {
        Path file = folder.resolve("new/folder/box.png");

        Screenshots.save(scene, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(120);
        assertThat(png.getHeight()).isEqualTo(80);
        assertThat(png.getRGB(60, 40) & 0xFFFFFF).isEqualTo(0xD03020);
    }

    @Test
    void namesNoFolderUnlessThePropertyIsGiven() {
        assertThat(Screenshots.folder("marquee.test.no-such-screenshots")).isEmpty();
    }
}
