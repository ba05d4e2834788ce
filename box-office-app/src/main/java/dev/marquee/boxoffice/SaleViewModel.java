package dev.marquee.boxoffice;

import dev.marquee.client.fx.BackgroundTasks;
import java.time.Clock;
import java.util.concurrent.Executor;

/** One sale at the counter: choose the event, fill the cart (held at once), take payment, hand out the tickets. */
public final class SaleViewModel {

    private final EventPickerViewModel picker;
    private final CartViewModel cart;
    private final PaymentViewModel payment;

    /**
     * @param complimentaryAllowed whether the seller may give tickets away
     */
    public SaleViewModel(BoxOfficeServer server, BackgroundTasks tasks, Executor ui, Clock clock, boolean complimentaryAllowed) {
        picker = new EventPickerViewModel(server, tasks, ui);
        cart = new CartViewModel(server, tasks, clock);
        payment = new PaymentViewModel(server, tasks, cart, complimentaryAllowed);
        picker.selectedEventProperty().addListener((observable, before, after) -> {
            cart.setEvent(after == null ? null : after.id());
            if (payment.getReceipt() == null) {
                payment.newSale();
            }
        });
    }

    /** Drops the cart (releasing its hold) and the last receipt, ready for the next customer. */
    public void startOver() {
        cart.cancel();
        payment.newSale();
    }

    public EventPickerViewModel picker() {
        return picker;
    }

    public CartViewModel cart() {
        return cart;
    }

    public PaymentViewModel payment() {
        return payment;
    }

    /** Releases what is held and stops live updates, as on logout. */
    public void dispose() {
        cart.cancel();
        picker.dispose();
    }
}
