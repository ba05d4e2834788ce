package dev.marquee.boxoffice;

import dev.marquee.client.ApiException;
import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Taking payment for the cart's hold: cash with the change due, a card terminal's reference, or complimentary with a
 * reason where the seller's role allows it. One press of Pay is one user action with one idempotency key, reused when
 * the same payment is tried again, so a retry after a dropped connection never sells twice.
 */
public final class PaymentViewModel {

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final CartViewModel cart;
    private final boolean complimentaryAllowed;
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(this, "method", PaymentMethod.CASH);
    private final StringProperty tendered = new SimpleStringProperty(this, "tendered", "");
    private final StringProperty terminalReference = new SimpleStringProperty(this, "terminalReference", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty buyerName = new SimpleStringProperty(this, "buyerName", "");
    private final StringProperty buyerEmail = new SimpleStringProperty(this, "buyerEmail", "");
    private final ObjectBinding<Money> changeDue;
    private final StringBinding problem;
    private final ReadOnlyBooleanWrapper paying = new ReadOnlyBooleanWrapper(this, "paying");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<SaleReceipt> receipt = new ReadOnlyObjectWrapper<>(this, "receipt");
    private Attempt lastAttempt;

    /**
     * @param complimentaryAllowed whether the seller may give tickets away (ORGANIZER or ADMIN)
     */
    public PaymentViewModel(BoxOfficeServer server, BackgroundTasks tasks, CartViewModel cart, boolean complimentaryAllowed) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.cart = Objects.requireNonNull(cart, "cart");
        this.complimentaryAllowed = complimentaryAllowed;
        changeDue = Bindings.createObjectBinding(this::computeChangeDue, tendered, cart.totalProperty(), method);
        problem = Bindings.createStringBinding(this::computeProblem, tendered, terminalReference, reason, buyerEmail, method,
                cart.totalProperty());
        method.addListener((observable, before, after) -> {
            if (after == PaymentMethod.COMPLIMENTARY && !complimentaryAllowed) {
                method.set(before);
                error.set("Only organizers and administrators can give complimentary tickets. Take cash or card.");
            }
        });
    }

    /**
     * Pays the cart's hold with what was entered, unless something is missing (then {@link #problemBinding() problem}
     * says what) or a payment is under way.
     *
     * @return whether a payment was sent
     */
    public boolean pay() {
        if (paying.get()) {
            return false;
        }
        HoldView hold = cart.getHold();
        if (hold == null || !cart.isReadyToPay()) {
            error.set(cart.isExpired() ? "The hold ran out. Press F5 to hold the tickets again, then pay."
                    : "Add tickets first; they are held as soon as they are in the cart.");
            return false;
        }
        String missing = problem.get();
        if (!missing.isEmpty()) {
            error.set(missing);
            return false;
        }
        BoxOfficeCheckoutRequest request = request();
        Attempt attempt = lastAttempt != null && lastAttempt.isSameAs(hold.holdId(), request)
                ? lastAttempt
                : new Attempt(hold.holdId(), request, IdempotencyKey.next());
        lastAttempt = attempt;
        error.set("");
        paying.set(true);
        tasks.run(() -> server.checkout(attempt.hold(), attempt.request(), attempt.key()), sold -> {
            paying.set(false);
            lastAttempt = null;
            receipt.set(sold);
            cart.sold();
        }, failure -> {
            paying.set(false);
            explain(failure);
        });
        return true;
    }

    /** Clears the payment for the next customer. */
    public void newSale() {
        receipt.set(null);
        lastAttempt = null;
        method.set(PaymentMethod.CASH);
        tendered.set("");
        terminalReference.set("");
        reason.set("");
        buyerName.set("");
        buyerEmail.set("");
        error.set("");
    }

    private void explain(Throwable failure) {
        String words = ErrorPresenter.describe(failure).detail();
        if (failure instanceof ApiException api && api.isConnectionProblem()) {
            error.set(words + " Press Enter to try again: it is safe, this sale cannot go through twice.");
        } else if (failure instanceof ApiException api && ProblemTypes.HOLD_EXPIRED.equals(api.type())) {
            lastAttempt = null;
            cart.holdLost("The hold ran out before the payment went through; nothing was sold.");
            error.set("Nothing was sold: the hold ran out. Press F5 to hold the tickets again, then pay.");
        } else if (failure instanceof ApiException api && ProblemTypes.NO_OPEN_SHIFT.equals(api.type())) {
            error.set("Nothing was sold: no shift is open at this till. Open a shift (Ctrl+3), then pay again.");
        } else if (failure instanceof ApiException api && api.status() == 403) {
            error.set("Nothing was sold. " + words + " Take cash or card instead.");
        } else {
            error.set("Nothing was sold. " + words + " The tickets are still held: fix the payment and press Enter, or Esc to cancel.");
        }
    }

    private BoxOfficeCheckoutRequest request() {
        String name = blankToNull(buyerName.get());
        String email = blankToNull(buyerEmail.get());
        return switch (method.get()) {
            case CASH -> new BoxOfficeCheckoutRequest(PaymentMethod.CASH, tenderedAmount().orElseThrow(), null, null, name, email);
            case CARD_TERMINAL -> new BoxOfficeCheckoutRequest(PaymentMethod.CARD_TERMINAL, null, terminalReference.get().trim(), null,
                    name, email);
            case COMPLIMENTARY -> new BoxOfficeCheckoutRequest(PaymentMethod.COMPLIMENTARY, null, null, reason.get().trim(), name, email);
            case ONLINE -> throw new IllegalStateException("The box office does not take online payments");
        };
    }

    private Money computeChangeDue() {
        Money total = cart.getTotal();
        if (method.get() != PaymentMethod.CASH || total == null) {
            return null;
        }
        return tenderedAmount().filter(amount -> amount.currency().equals(total.currency()) && amount.compareTo(total) >= 0)
                .map(amount -> amount.minus(total)).orElse(null);
    }

    private String computeProblem() {
        Money total = cart.getTotal();
        switch (method.get()) {
            case CASH -> {
                if (total == null) {
                    return "";
                }
                Optional<Money> amount = tenderedAmount();
                if (tendered.get() == null || tendered.get().isBlank()) {
                    return "Enter the cash handed over.";
                }
                if (amount.isEmpty() || !amount.get().currency().equals(total.currency())) {
                    return "'" + tendered.get().trim() + "' is not an amount. Type it like 100 or 100.50.";
                }
                if (amount.get().compareTo(total) < 0) {
                    return Amounts.format(amount.get()) + " is less than the total of " + Amounts.format(total)
                            + ". Ask for " + Amounts.format(total.minus(amount.get())) + " more.";
                }
            }
            case CARD_TERMINAL -> {
                if (terminalReference.get() == null || terminalReference.get().isBlank()) {
                    return "Enter the reference printed by the card terminal.";
                }
            }
            case COMPLIMENTARY -> {
                if (reason.get() == null || reason.get().isBlank()) {
                    return "Say why the tickets are free, such as Press or Artist guest.";
                }
            }
            default -> {
                return "The box office takes cash, card or complimentary.";
            }
        }
        String email = buyerEmail.get();
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "'" + email.trim() + "' is not an email address. Correct it or leave it empty.";
        }
        return "";
    }

    private Optional<Money> tenderedAmount() {
        Money total = cart.getTotal();
        return Amounts.parse(tendered.get(), total == null ? "EUR" : total.currencyCode());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty tenderedProperty() {
        return tendered;
    }

    public StringProperty terminalReferenceProperty() {
        return terminalReference;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty buyerNameProperty() {
        return buyerName;
    }

    public StringProperty buyerEmailProperty() {
        return buyerEmail;
    }

    public boolean isComplimentaryAllowed() {
        return complimentaryAllowed;
    }

    /** Tendered minus total while paying cash and enough was handed over; {@code null} otherwise. */
    public ObjectBinding<Money> changeDueBinding() {
        return changeDue;
    }

    public Money getChangeDue() {
        return changeDue.get();
    }

    /** What is still missing or wrong before paying, in words; empty when the payment can be sent. */
    public StringBinding problemBinding() {
        return problem;
    }

    public String getProblem() {
        return problem.get();
    }

    public ReadOnlyBooleanProperty payingProperty() {
        return paying.getReadOnlyProperty();
    }

    /** Why the last payment did not go through and what to do next; blank otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** The completed sale, until {@link #newSale()}. */
    public ReadOnlyObjectProperty<SaleReceipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public SaleReceipt getReceipt() {
        return receipt.get();
    }

    /** One payment as sent, with the key that makes sending it again safe. */
    private record Attempt(HoldId hold, BoxOfficeCheckoutRequest request, IdempotencyKey key) {

        boolean isSameAs(HoldId otherHold, BoxOfficeCheckoutRequest otherRequest) {
            return hold.equals(otherHold) && request.equals(otherRequest);
        }
    }
}
