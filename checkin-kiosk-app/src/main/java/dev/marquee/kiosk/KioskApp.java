package dev.marquee.kiosk;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.Theme;
import dev.marquee.kiosk.engine.KioskEngine;
import dev.marquee.kiosk.engine.KioskOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The check-in kiosk: pairing, then the choice of a list, then full-screen scanning. Its data lives in
 * {@code -Dmarquee.kiosk.data} (default {@code ~/.marquee-kiosk}); the gate is {@code -Dmarquee.kiosk.gate}.
 */
public final class KioskApp extends Application {

    private final StackPane root = new StackPane();
    private BackgroundTasks tasks;
    private KioskEngine engine;
    private ScanView scanView;

    @Override
    public void start(Stage stage) {
        tasks = BackgroundTasks.create();
        Theme theme = Theme.forApp("checkin-kiosk", KioskApp.class.getResource("kiosk.css"));
        theme.apply();
        Scene scene = new Scene(root, 1280, 800);
        theme.style(scene);
        stage.setTitle("Marquee check-in");
        stage.setScene(scene);
        stage.setFullScreen(!Boolean.getBoolean("marquee.kiosk.windowed"));
        stage.setFullScreenExitHint("");
        stage.show();
        Optional<URI> server = KioskEngine.pairedServer(dataDir());
        if (server.isPresent()) {
            engine = open(server.get());
            if (engine.list().isPresent()) {
                showScanning();
            } else {
                showListChoice();
            }
        } else {
            showPairing();
        }
    }

    private static Path dataDir() {
        return Path.of(System.getProperty("marquee.kiosk.data", Path.of(System.getProperty("user.home"), ".marquee-kiosk").toString()));
    }

    private static KioskEngine open(URI server) {
        return KioskEngine.open(dataDir(), KioskEngine.clientFor(server), KioskOptions.gate(System.getProperty("marquee.kiosk.gate", "Main gate")));
    }

    private void showPairing() {
        leaveScanning();
        PairingViewModel model = new PairingViewModel((server, code) -> {
            KioskEngine opened = open(server);
            try {
                opened.pair(code);
                return opened;
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, tasks, paired -> {
            engine = paired;
            showListChoice();
        });
        root.getChildren().setAll(new PairingView(model).root());
    }

    private void showListChoice() {
        leaveScanning();
        ListChoiceViewModel model = new ListChoiceViewModel(engine, tasks, Platform::runLater, this::showScanning);
        root.getChildren().setAll(new ListChoiceView(model).root());
    }

    private void showScanning() {
        ScanViewModel model = new ScanViewModel(engine::scan, tasks, VerdictSound.create(), Instant::now, ScanView.resetAfterDefault());
        scanView = new ScanView(model, message -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
            alert.setHeaderText(null);
            alert.show();
        });
        KioskEngine current = engine;
        current.addStatusListener(status -> Platform.runLater(() -> {
            if (!status.paired() && engine == current) {
                current.close();
                engine = null;
                showPairing();
            } else if (engine == current) {
                model.showStatus(status);
            }
        }));
        root.getChildren().setAll(scanView.root());
        root.requestFocus();
        current.start();
        tasks.run(current::status, model::showStatus, failure -> { });
    }

    private void leaveScanning() {
        if (scanView != null) {
            scanView.dispose();
            scanView = null;
        }
    }

    @Override
    public void stop() {
        leaveScanning();
        if (engine != null) {
            engine.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
