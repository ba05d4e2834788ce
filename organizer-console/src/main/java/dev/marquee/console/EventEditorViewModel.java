package dev.marquee.console;

import dev.marquee.client.CatalogApi;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.reporting.SalesSummary;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One event's details: create or edit them, and move the event through its life (publish, cancel, complete).
 * Times are wall-clock times at the event in its time zone, as the server keeps them.
 */
public final class EventEditorViewModel {

    private final ConsoleContext context;
    private final Clock clock;
    private final Consumer<EventView> onChanged;

    private final ReadOnlyObjectWrapper<EventView> event = new ReadOnlyObjectWrapper<>(this, "event");
    private final ObservableList<VenueView> venues = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final ObjectProperty<VenueView> venue = new SimpleObjectProperty<>(this, "venue");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "20:00");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final StringProperty endTime = new SimpleStringProperty(this, "endTime", "23:00");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final StringProperty minimumAge = new SimpleStringProperty(this, "minimumAge", "");
    private final ReadOnlyStringWrapper capacity = new ReadOnlyStringWrapper(this, "capacity", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param context   the signed-in console
     * @param clock     the time, for the publish check
     * @param onChanged told about every event this editor created or changed
     */
    public EventEditorViewModel(ConsoleContext context, Clock clock, Consumer<EventView> onChanged) {
        this.context = context;
        this.clock = clock;
        this.onChanged = onChanged;
        venue.addListener((observable, before, after) -> {
            capacity.set(after == null ? "" : "Capacity " + after.capacity() + " (from the venue)");
            if (after != null && (event.get() == null || timeZone.get().isBlank())) {
                timeZone.set(after.timeZone());
            }
        });
    }

    /** Loads the venues to choose from. */
    public void loadVenues() {
        context.tasks().run(() -> context.client().catalog().venues(), list -> {
            venues.setAll(list);
            if (venue.get() == null && !list.isEmpty()) {
                venue.set(list.getFirst());
            }
        }, this::fail);
    }

    /** Starts a new draft with empty fields. */
    public void startNew() {
        event.set(null);
        title.set("");
        description.set("");
        category.set("");
        LocalDate inAMonth = LocalDate.now(clock).plusMonths(1);
        startDate.set(inAMonth);
        startTime.set("20:00");
        endDate.set(inAMonth);
        endTime.set("23:00");
        minimumAge.set("");
        timeZone.set(venue.get() == null ? "" : venue.get().timeZone());
        clearMessages();
    }

    /** Shows an existing event for editing. */
    public void edit(EventView existing) {
        event.set(existing);
        title.set(existing.title());
        description.set(existing.description() == null ? "" : existing.description());
        category.set(existing.category() == null ? "" : existing.category());
        venues.stream().filter(v -> v.id().equals(existing.venueId())).findFirst().ifPresent(venue::set);
        timeZone.set(existing.timeZone());
        startDate.set(existing.startsAt().toLocalDate());
        startTime.set(existing.startsAt().toLocalTime().toString());
        endDate.set(existing.endsAt().toLocalDate());
        endTime.set(existing.endsAt().toLocalTime().toString());
        minimumAge.set(existing.minimumAge() == null ? "" : existing.minimumAge().toString());
        clearMessages();
    }

    /** Creates the draft or saves the changes; checks the form first. */
    public void save() {
        EventRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        EventView current = event.get();
        CatalogApi catalog = context.client().catalog();
        context.tasks().run(() -> current == null ? catalog.createEvent(request) : catalog.updateEvent(current.id(), request),
                saved -> done(saved, current == null ? "Draft created. Add ticket types, then publish." : "Changes saved."), this::fail);
    }

    /**
     * Publishes the event once at least one ticket type is on sale now; otherwise says why it did not.
     */
    public void publish() {
        EventView current = event.get();
        if (current == null) {
            error.set("Save the event first.");
            return;
        }
        context.tasks().run(() -> {
            List<TicketTypeView> onSale = onSale(context.client().inventory().ticketTypes(current.id()), clock.instant());
            return onSale.isEmpty() ? null : context.client().catalog().publishEvent(current.id());
        }, published -> {
            if (published == null) {
                error.set("Nothing can be sold yet: add a ticket type with a capacity above 0 whose sale window is open now, then publish.");
            } else {
                done(published, "Published. The event is on sale.");
            }
        }, this::fail);
    }

    /**
     * Works out what cancelling would do to the tickets already sold, for the confirmation.
     *
     * @param confirmation receives the sentence to show before cancelling
     */
    public void describeCancellation(Consumer<String> confirmation) {
        EventView current = event.get();
        if (current == null) {
            return;
        }
        context.tasks().run(() -> context.client().reports().salesSummary(current.id()), summary -> confirmation.accept(cancellationText(current, summary)),
                this::fail);
    }

    /** The words of the cancel confirmation. */
    static String cancellationText(EventView event, SalesSummary summary) {
        if (summary.paidOrders() == 0) {
            return "Cancel \"" + event.title() + "\"? No tickets have been sold, so nobody is refunded. This cannot be undone.";
        }
        return "Cancel \"" + event.title() + "\"? " + summary.paidOrders() + " paid " + (summary.paidOrders() == 1 ? "order" : "orders")
                + " (" + summary.ticketsSold() + " tickets, " + summary.revenue() + ") will be refunded in full and their tickets revoked,"
                + " so they no longer admit anyone. This cannot be undone.";
    }

    /** Cancels the published event; the server refunds every paid order and revokes its tickets. */
    public void cancelEvent(String reason) {
        EventView current = event.get();
        context.tasks().run(() -> context.client().catalog().cancelEvent(current.id(), reason),
                cancelled -> done(cancelled, "Cancelled. Paid orders are being refunded and their tickets revoked."), this::fail);
    }

    /** Marks a started event as completed. */
    public void complete() {
        EventView current = event.get();
        context.tasks().run(() -> context.client().catalog().completeEvent(current.id()), completed -> done(completed, "Marked as completed."), this::fail);
    }

    /** The ticket types that can be sold now: capacity left and the sale window open. */
    static List<TicketTypeView> onSale(List<TicketTypeView> types, Instant now) {
        return types.stream()
                .filter(type -> type.capacity() > 0)
                .filter(type -> type.saleStartsAt() == null || !type.saleStartsAt().isAfter(now))
                .filter(type -> type.saleEndsAt() == null || type.saleEndsAt().isAfter(now))
                .toList();
    }

    EventRequest request() {
        if (title.get() == null || title.get().isBlank()) {
            throw new IllegalArgumentException("Give the event a title.");
        }
        if (venue.get() == null) {
            throw new IllegalArgumentException("Choose a venue.");
        }
        LocalDateTime starts = at(startDate.get(), startTime.get(), "start");
        LocalDateTime ends = at(endDate.get(), endTime.get(), "end");
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException("The event must end after it starts.");
        }
        String zone = timeZone.get() == null ? "" : timeZone.get().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone; use a name such as Europe/Berlin.", unknown);
        }
        Integer age = null;
        if (minimumAge.get() != null && !minimumAge.get().isBlank()) {
            try {
                age = Integer.valueOf(minimumAge.get().trim());
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("The minimum age must be a whole number, such as 18.", notANumber);
            }
        }
        return new EventRequest(venue.get().id(), title.get().trim(), blankToNull(description.get()), blankToNull(category.get()), starts, ends,
                zone, age);
    }

    private static LocalDateTime at(LocalDate date, String time, String which) {
        if (date == null) {
            throw new IllegalArgumentException("Choose the " + which + " date.");
        }
        try {
            return date.atTime(LocalTime.parse(time == null ? "" : time.trim()));
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("Write the " + which + " time as hours:minutes, such as 19:30.", bad);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private void done(EventView saved, String text) {
        edit(saved);
        message.set(text);
        onChanged.accept(saved);
    }

    private void clearMessages() {
        error.set("");
        message.set("");
    }

    private void fail(Throwable failure) {
        ErrorPresenter.log(failure);
        message.set("");
        error.set(ErrorPresenter.describe(failure).detail());
    }

    /** Whether the shown event is a draft, so it can be published. */
    public BooleanBinding publishableBinding() {
        return Bindings.createBooleanBinding(() -> event.get() != null && event.get().status() == EventStatus.DRAFT, event);
    }

    /** Whether the shown event is published, so it can be cancelled or completed. */
    public BooleanBinding publishedBinding() {
        return Bindings.createBooleanBinding(() -> event.get() != null && event.get().status() == EventStatus.PUBLISHED, event);
    }

    public ReadOnlyObjectProperty<EventView> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public ObservableList<VenueView> venues() {
        return venues;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ObjectProperty<VenueView> venueProperty() {
        return venue;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty minimumAgeProperty() {
        return minimumAge;
    }

    public ReadOnlyStringProperty capacityProperty() {
        return capacity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
