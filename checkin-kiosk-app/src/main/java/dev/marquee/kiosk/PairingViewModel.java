package dev.marquee.kiosk;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.kiosk.engine.KioskEngine;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The pairing screen: the server's address and the one-time code from the organizer console. */
public final class PairingViewModel {

    /** Pairs a kiosk with a server and opens its engine. */
    @FunctionalInterface
    public interface Pairing {
        KioskEngine pair(URI server, String code);
    }

    private final Pairing pairing;
    private final BackgroundTasks tasks;
    private final Consumer<KioskEngine> onPaired;
    private final StringProperty server = new SimpleStringProperty(this, "server", "http://localhost:8080");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public PairingViewModel(Pairing pairing, BackgroundTasks tasks, Consumer<KioskEngine> onPaired) {
        this.pairing = Objects.requireNonNull(pairing, "pairing");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onPaired = Objects.requireNonNull(onPaired, "onPaired");
    }

    /** Pairs, or says what to fix. */
    public void pair() {
        URI address;
        try {
            address = URI.create(server.get().strip());
        } catch (IllegalArgumentException e) {
            error.set("The server address is not valid; type it like http://tickets.example.org:8080");
            return;
        }
        if (address.getScheme() == null || !address.getScheme().startsWith("http") || address.getHost() == null) {
            error.set("The server address must start with http:// or https://, like http://tickets.example.org:8080");
            return;
        }
        String typed = code.get() == null ? "" : code.get().strip();
        if (typed.isEmpty()) {
            error.set("Type the pairing code shown in the organizer console");
            return;
        }
        error.set("");
        tasks.run(() -> pairing.pair(address, typed), onPaired,
                failure -> error.set("Pairing failed: " + failure.getMessage() + ". Check the address, or ask the organizer for a new code."));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BackgroundTasks tasks() {
        return tasks;
    }
}
