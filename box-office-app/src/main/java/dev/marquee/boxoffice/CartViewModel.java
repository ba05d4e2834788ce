package dev.marquee.boxoffice;

import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tickets a customer is buying, edited from the keyboard, and the hold that reserves them. Every change of the
 * quantities releases the old hold and places a new one at once, so what the cart shows is what the server keeps for
 * this counter; the hold's countdown is shown and its running out explained.
 */
public final class CartViewModel {

    /** Digits typed within this time build one number ("1" then "2" is twelve). */
    static final Duration DIGIT_WINDOW = Duration.ofMillis(1200);
    /** The server's limit on the tickets of one type in one hold. */
    static final int MAX_QUANTITY = 100;

    private static final Logger LOG = LoggerFactory.getLogger(CartViewModel.class);

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObservableList<CartLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<TicketTypeRow> selectedType = new SimpleObjectProperty<>(this, "selectedType");
    private final ReadOnlyObjectWrapper<HoldView> hold = new ReadOnlyObjectWrapper<>(this, "hold");
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper(this, "holding");
    private final ReadOnlyBooleanWrapper expired = new ReadOnlyBooleanWrapper(this, "expired");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final BooleanBinding readyToPay;
    private EventId event;
    private boolean holdWanted;
    private TicketTypeRow lastDigitType;
    private Instant lastDigitAt = Instant.MIN;

    public CartViewModel(BoxOfficeServer server, BackgroundTasks tasks, Clock clock) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        readyToPay = Bindings.createBooleanBinding(() -> hold.get() != null && !holding.get() && !expired.get(), hold, holding, expired);
    }

    /** Starts an empty cart for another event; a hold still kept is released. */
    public void setEvent(EventId newEvent) {
        if (!Objects.equals(event, newEvent)) {
            cancel();
            event = newEvent;
        }
    }

    /** Sets the quantity of the selected type from a typed digit; quick successive digits build a larger number. */
    public void typeDigit(int digit) {
        TicketTypeRow type = selectedType.get();
        if (type == null || digit < 0 || digit > 9) {
            return;
        }
        Instant now = clock.instant();
        boolean continuing = type.equals(lastDigitType) && Duration.between(lastDigitAt, now).compareTo(DIGIT_WINDOW) <= 0;
        int quantity = continuing ? quantityOf(type) * 10 + digit : digit;
        lastDigitType = type;
        lastDigitAt = now;
        setQuantity(type, quantity);
    }

    /** One more of the selected type. */
    public void increment() {
        forgetDigits();
        TicketTypeRow type = selectedType.get();
        if (type != null) {
            setQuantity(type, quantityOf(type) + 1);
        }
    }

    /** One fewer of the selected type. */
    public void decrement() {
        forgetDigits();
        TicketTypeRow type = selectedType.get();
        if (type != null && quantityOf(type) > 0) {
            setQuantity(type, quantityOf(type) - 1);
        }
    }

    /** None of the selected type. */
    public void removeSelected() {
        forgetDigits();
        TicketTypeRow type = selectedType.get();
        if (type != null) {
            setQuantity(type, 0);
        }
    }

    /**
     * Sets how many of a type the customer wants and re-takes the hold, unless the type is sold out or the number is
     * above the type's per-order limit; {@link #messageProperty() message} then says why.
     */
    public void setQuantity(TicketTypeRow type, int quantity) {
        Objects.requireNonNull(type, "type");
        int current = quantityOf(type);
        if (quantity == current || quantity < 0) {
            return;
        }
        if (quantity > current && type.isSoldOut() && current == 0) {
            message.set(type.name() + " is sold out. Choose another ticket type.");
            return;
        }
        int limit = Math.min(MAX_QUANTITY, type.maxPerOrder() > 0 ? type.maxPerOrder() : MAX_QUANTITY);
        if (quantity > limit) {
            message.set("At most " + limit + " " + type.name() + " tickets per order.");
            forgetDigits();
            return;
        }
        Optional<CartLine> line = lineOf(type);
        if (quantity == 0) {
            line.ifPresent(lines::remove);
        } else if (line.isPresent()) {
            line.get().setQuantity(quantity);
        } else {
            lines.add(new CartLine(type, quantity));
        }
        recomputeTotal();
        retakeHold();
    }

    /** Places the hold again for what the cart holds, as after it ran out or failed. */
    public void retakeHold() {
        if (event == null) {
            return;
        }
        holdWanted = true;
        if (!holding.get()) {
            syncHold();
        }
    }

    /** Releases the hold and empties the cart. */
    public void cancel() {
        HoldView kept = hold.get();
        holdWanted = false;
        lines.clear();
        hold.set(null);
        expired.set(false);
        countdown.set("");
        message.set("");
        forgetDigits();
        recomputeTotal();
        if (kept != null) {
            tasks.run(() -> {
                server.releaseHold(kept.holdId());
                return kept;
            }, released -> LOG.debug("Released hold {}", released.holdId()), failure -> LOG.info(
                    "Could not release hold {}; it runs out by itself", kept.holdId(), failure));
        }
    }

    /** Empties the cart after its hold became an order; nothing is released. */
    public void sold() {
        hold.set(null);
        cancel();
    }

    /** Updates the countdown; the view calls it a few times a second. */
    public void tick() {
        HoldView current = hold.get();
        if (current == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), current.expiresAt());
        if (left.isNegative() || left.isZero()) {
            hold.set(null);
            expired.set(true);
            countdown.set("Hold ran out");
            message.set("The hold ran out after three minutes and the tickets went back on sale. "
                    + "Press F5 to hold them again, or Esc to start over.");
            return;
        }
        long seconds = (left.toMillis() + 999) / 1000;
        countdown.set(String.format("Held for %d:%02d", seconds / 60, seconds % 60));
    }

    /** Marks the hold as gone, as when the server says it ran out at checkout. */
    void holdLost(String why) {
        hold.set(null);
        expired.set(true);
        countdown.set("Hold ran out");
        message.set(why + " Press F5 to hold the tickets again, or Esc to start over.");
    }

    private void syncHold() {
        holdWanted = false;
        HoldView old = hold.get();
        EventId target = event;
        List<HoldItem> items = lines.stream().map(line -> new HoldItem(line.type().id(), line.getQuantity())).toList();
        holding.set(true);
        tasks.run(() -> {
            if (old != null) {
                release(old);
            }
            return items.isEmpty() ? Optional.<HoldView>empty()
                    : Optional.of(server.placeHold(target, new HoldRequest(items), IdempotencyKey.next()));
        }, placed -> {
            holding.set(false);
            if (!Objects.equals(target, event)) {
                placed.ifPresent(this::releaseQuietly);
                return;
            }
            hold.set(placed.orElse(null));
            expired.set(false);
            message.set("");
            countdown.set("");
            recomputeTotal();
            tick();
            if (holdWanted) {
                syncHold();
            }
        }, failure -> {
            holding.set(false);
            hold.set(null);
            countdown.set("Not held");
            message.set(ErrorPresenter.describe(failure).detail() + " Change the quantities, or press F5 to try again.");
            if (holdWanted && Objects.equals(target, event)) {
                syncHold();
            }
        });
    }

    private void release(HoldView old) {
        try {
            server.releaseHold(old.holdId());
        } catch (RuntimeException e) {
            // It runs out by itself within minutes; the new hold matters more.
            LOG.info("Could not release hold {}", old.holdId(), e);
        }
    }

    private void releaseQuietly(HoldView stale) {
        tasks.run(() -> {
            release(stale);
            return stale;
        }, released -> { }, failure -> { });
    }

    private void recomputeTotal() {
        HoldView current = hold.get();
        if (current != null) {
            total.set(current.total());
            return;
        }
        total.set(lines.stream().map(CartLine::getLineTotal).reduce(Money::plus).orElse(null));
    }

    private void forgetDigits() {
        lastDigitType = null;
    }

    private int quantityOf(TicketTypeRow type) {
        return lineOf(type).map(CartLine::getQuantity).orElse(0);
    }

    private Optional<CartLine> lineOf(TicketTypeRow type) {
        return lines.stream().filter(line -> line.type().id().equals(type.id())).findFirst();
    }

    public ObservableList<CartLine> lines() {
        return lines;
    }

    /** The ticket type the keyboard edits, the one selected in the list. */
    public ObjectProperty<TicketTypeRow> selectedTypeProperty() {
        return selectedType;
    }

    public HoldView getHold() {
        return hold.get();
    }

    public ReadOnlyBooleanProperty expiredProperty() {
        return expired.getReadOnlyProperty();
    }

    public boolean isExpired() {
        return expired.get();
    }

    /** "Held for 2:41", or why nothing is held. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public String getCountdown() {
        return countdown.get();
    }

    /** What went wrong with the cart, in words, and what to do next; blank when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** The hold's total, or the cart's while the hold is being placed; {@code null} when empty. */
    public ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public Money getTotal() {
        return total.get();
    }

    /** A hold is kept for exactly what the cart shows, so it can be paid. */
    public BooleanBinding readyToPayBinding() {
        return readyToPay;
    }

    public boolean isReadyToPay() {
        return readyToPay.get();
    }
}
