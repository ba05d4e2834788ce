package dev.marquee.kiosk;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.kiosk.engine.KioskStatus;
import dev.marquee.kiosk.engine.ScanOutcome;
import dev.marquee.model.checkin.RejectReason;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The scanning screen: takes codes from a keyboard-wedge scanner or an image, shows the verdict until it resets, and
 * the kiosk's status. No nodes; the view calls {@link #tick(Instant)} a few times a second.
 */
public final class ScanViewModel {

    /** What the big verdict area shows. */
    public enum Display {
        /** Waiting for a scan. */
        READY,
        /** Deciding. */
        CHECKING,
        /** Let them pass. */
        ADMITTED,
        /** Stop them. */
        REJECTED
    }

    /** Decides a scan; the engine's {@code scan(String, Instant)}. */
    @FunctionalInterface
    public interface Desk {
        ScanOutcome scan(String code, Instant now);
    }

    /** Makes the verdict heard. */
    @FunctionalInterface
    public interface Sound {
        void play(boolean admitted);
    }

    /** A repeat of the last code within this time is the scanner bouncing, not a second scan. */
    static final Duration BOUNCE = Duration.ofSeconds(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final Desk desk;
    private final BackgroundTasks tasks;
    private final Sound sound;
    private final Supplier<Instant> clock;
    private final Duration resetAfter;
    private final StringBuilder typed = new StringBuilder();

    private final ReadOnlyObjectWrapper<Display> display = new ReadOnlyObjectWrapper<>(this, "display", Display.READY);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "Scan a ticket");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper holder = new ReadOnlyStringWrapper(this, "holder", "");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", true);
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "ONLINE");
    private final ReadOnlyStringWrapper dataAge = new ReadOnlyStringWrapper(this, "dataAge", "Not synced yet");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyStringWrapper listName = new ReadOnlyStringWrapper(this, "listName", "");

    private String lastCode;
    private Instant lastCodeAt = Instant.MIN;
    private Instant shownAt;
    private Instant syncedAt;

    /**
     * @param desk       decides scans
     * @param tasks      runs them off the UI thread
     * @param sound      plays the verdict
     * @param clock      the time now
     * @param resetAfter how long a verdict stays on screen
     */
    public ScanViewModel(Desk desk, BackgroundTasks tasks, Sound sound, Supplier<Instant> clock, Duration resetAfter) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.sound = Objects.requireNonNull(sound, "sound");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resetAfter = Objects.requireNonNull(resetAfter, "resetAfter");
    }

    /** A character typed by the keyboard-wedge scanner; Enter (CR or LF) ends the code. */
    public void typed(String character) {
        if (character.equals("\r") || character.equals("\n")) {
            String code = typed.toString();
            typed.setLength(0);
            submit(code);
        } else if (!character.isEmpty() && !Character.isISOControl(character.charAt(0))) {
            typed.append(character);
        }
    }

    /**
     * Decides a code, unless it is empty or the same code came less than a second ago (scanner bounce).
     *
     * @return whether the code was taken
     */
    public boolean submit(String code) {
        String trimmed = code == null ? "" : code.strip();
        Instant now = clock.get();
        if (trimmed.isEmpty() || trimmed.equals(lastCode) && Duration.between(lastCodeAt, now).compareTo(BOUNCE) < 0) {
            return false;
        }
        lastCode = trimmed;
        lastCodeAt = now;
        display.set(Display.CHECKING);
        headline.set("Checking…");
        detail.set("");
        holder.set("");
        tasks.run(() -> desk.scan(trimmed, now), this::show, this::failed);
        return true;
    }

    private void show(ScanOutcome outcome) {
        display.set(outcome.admitted() ? Display.ADMITTED : Display.REJECTED);
        headline.set(outcome.admitted() ? "ADMITTED" : outcome.words());
        holder.set(describeHolder(outcome));
        detail.set(describeDetail(outcome));
        shownAt = clock.get();
        sound.play(outcome.admitted());
    }

    private void failed(Throwable failure) {
        display.set(Display.REJECTED);
        headline.set("Scan again");
        holder.set("");
        detail.set(failure.getMessage() == null ? "The scan could not be checked" : failure.getMessage());
        shownAt = clock.get();
        sound.play(false);
    }

    private static String describeHolder(ScanOutcome outcome) {
        if (outcome.holderName() == null && outcome.ticketType() == null) {
            return "";
        }
        if (outcome.holderName() == null) {
            return outcome.ticketType();
        }
        return outcome.ticketType() == null ? outcome.holderName() : outcome.holderName() + " · " + outcome.ticketType();
    }

    private static String describeDetail(ScanOutcome outcome) {
        String where = "";
        if (outcome.reason() == RejectReason.ALREADY_ADMITTED && outcome.firstAdmittedAt() != null) {
            where = "First in at " + TIME.format(outcome.firstAdmittedAt()) + (outcome.firstGate() == null ? "" : ", " + outcome.firstGate());
        }
        String mode = outcome.offline() ? "Decided offline" : "";
        return where.isEmpty() ? mode : mode.isEmpty() ? where : where + " · " + mode;
    }

    /** Shows the engine's status. */
    public void showStatus(KioskStatus status) {
        online.set(status.online());
        connection.set(status.online() ? "ONLINE" : "OFFLINE");
        syncedAt = status.syncedAt();
        counts.set("Admitted " + status.admitted() + " of " + status.expected());
        pending.set(status.pending() == 0 ? "" : status.pending() + (status.pending() == 1 ? " scan" : " scans") + " to upload");
        listName.set(status.listName() == null ? "" : status.listName());
        refreshAge(clock.get());
    }

    /** Resets a verdict shown long enough and ages the data; the view calls it a few times a second. */
    public void tick(Instant now) {
        if (shownAt != null && Duration.between(shownAt, now).compareTo(resetAfter) >= 0) {
            shownAt = null;
            display.set(Display.READY);
            headline.set("Scan a ticket");
            detail.set("");
            holder.set("");
        }
        refreshAge(now);
    }

    private void refreshAge(Instant now) {
        if (syncedAt == null) {
            dataAge.set("Not synced yet");
            return;
        }
        long seconds = Math.max(0, Duration.between(syncedAt, now).toSeconds());
        dataAge.set(seconds < 60 ? "Data " + seconds + " s old" : seconds < 3600 ? "Data " + seconds / 60 + " min old"
                : "Data " + seconds / 3600 + " h old");
    }

    public ReadOnlyObjectProperty<Display> displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty holderProperty() {
        return holder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataAgeProperty() {
        return dataAge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listNameProperty() {
        return listName.getReadOnlyProperty();
    }
}
