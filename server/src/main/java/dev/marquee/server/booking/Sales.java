package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.ShiftId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.PublicCheckoutRequest;
import dev.marquee.model.booking.PublicCheckoutResponse;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.HoldLine;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.inventory.HeldTickets;
import dev.marquee.server.inventory.HoldExpiredException;
import dev.marquee.server.inventory.HoldReleased;
import dev.marquee.server.inventory.Inventory;
import dev.marquee.server.inventory.SalesChannel;
import dev.marquee.server.payment.OnlineChargeFailedException;
import dev.marquee.server.payment.Payments;
import dev.marquee.server.payment.ShiftManagement;
import dev.marquee.server.platform.ApiProblem;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.IdempotentAnswers;
import dev.marquee.server.platform.IllegalTransitionException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.platform.SupersededAttemptException;
import dev.marquee.server.ticketing.TicketIssuer;
import dev.marquee.server.ticketing.TicketRevoked;
import dev.marquee.server.ticketing.TicketsIssued;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sale, from hold to paid order with tickets, and its undoing. A counter sale is one transaction: the hold is
 * sold, the order placed and paid, the tickets issued, or nothing happens. An online sale cannot hold a
 * transaction open while the gateway thinks, so it runs in steps, each compensated if a later one fails: a
 * declined payment releases the hold and cancels the order; a payment that arrives after the hold lapsed is
 * refunded.
 */
@Service
@Transactional
public class Sales {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Orders orders;
    private final Inventory inventory;
    private final Payments payments;
    private final ShiftManagement shifts;
    private final TicketIssuer issuer;
    private final EventManagement events;
    private final TransactionTemplate transactions;
    private final IdempotentAnswers answers;
    private final Clock clock;

    Sales(Orders orders, Inventory inventory, Payments payments, ShiftManagement shifts, TicketIssuer issuer, EventManagement events,
            TransactionTemplate transactions, IdempotentAnswers answers, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.payments = payments;
        this.shifts = shifts;
        this.issuer = issuer;
        this.events = events;
        this.transactions = transactions;
        this.answers = answers;
        this.clock = clock;
    }

    SaleReceipt checkoutAtCounter(HoldId holdId, BoxOfficeCheckoutRequest request, StaffPrincipal staff) {
        HeldTickets held = inventory.held(holdId);
        staff.requireAccess(held.organizerId(), "Hold " + holdId);
        if (!held.active()) {
            throw new HoldExpiredException();
        }
        boolean manager = staff.isAdmin() || staff.has(Role.ORGANIZER);
        if (request.method() == PaymentMethod.COMPLIMENTARY && !manager) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                    "Only organizers and administrators can give complimentary tickets.");
        }
        ShiftId shift = shifts.openShiftOf(staff).map(ShiftView::id).orElse(null);
        if (shift == null && !manager) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.NO_OPEN_SHIFT, "No open shift",
                    "Open a shift at your till, with its cash float, before selling.");
        }
        HoldView hold = held.hold();
        requireOnSale(hold.eventId());
        Order order = new Order(newCode(), hold.eventId(), held.organizerId(), holdId, SalesChannel.BOX_OFFICE,
                blankToNull(request.buyerName()), blankToNull(request.buyerEmail()), hold.total(), null, null, staff.username(),
                clock.instant());
        // Flushed now: the payment and the tickets refer to it, and their modules write with their own SQL.
        orders.saveAndFlush(order);
        String reference = request.method() == PaymentMethod.COMPLIMENTARY ? request.reason() : request.terminalReference();
        Payments.CounterCapture capture = payments.captureAtCounter(order.id(), order.organizerId(),
                new Payments.CounterPayment(request.method(), hold.total(), request.tendered(), reference, shift));
        order.markPaid(request.method(), capture.charged(), issue(order, hold, order.buyerName()), clock.instant());
        orders.save(order);
        SaleReceipt receipt = new SaleReceipt(view(order), request.method() == PaymentMethod.CASH ? request.tendered() : null,
                capture.change());
        // Last: it locks the ticket types' counters, which every other sale of them waits for, until the commit.
        inventory.sell(held);
        return receipt;
    }

    /**
     * Pays a hold online, in steps: place the order, charge the card outside any transaction, then sell, issue and
     * record the answer in one transaction. A retry of the same keyed request after this server died mid-way
     * resumes the order it placed; the gateway answers a second charge of the order with the first, so nobody pays
     * twice.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    PublicCheckoutResponse checkoutOnline(HoldId holdId, PublicCheckoutRequest request) {
        String secret = newSecret();
        String attempt = answers.currentAttempt().orElse(null);
        Placed placed;
        try {
            placed = transactions.execute(status -> placeOnline(holdId, request, secret, attempt));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("This hold is already being checked out.");
        }
        Order order = placed.order();
        HeldTickets held = placed.held();
        HoldView hold = held.hold();
        String reference;
        try {
            reference = order.total().isZero() ? "free"
                    : payments.chargeOnline(order.id(), order.organizerId(), order.total(), "Tickets " + order.code());
        } catch (OnlineChargeFailedException declined) {
            transactions.executeWithoutResult(status -> {
                inventory.release(holdId, HoldReleased.Reason.PAYMENT_FAILED);
                Order current = orders.findById(order.id()).orElseThrow();
                current.cancel(OrderCancelled.Reason.PAYMENT_FAILED);
                orders.save(current);
                payments.recordFailure(order.id(), order.organizerId(), PaymentMethod.ONLINE, declined.reason());
            });
            throw declined;
        }
        PublicCheckoutResponse response = new PublicCheckoutResponse(order.id(), order.code(), OrderStatus.PAID, secret);
        try {
            transactions.executeWithoutResult(status -> {
                payments.recordOnlineCharge(order.id(), order.organizerId(), order.total(), reference);
                Order current = orders.findById(order.id()).orElseThrow();
                current.markPaid(PaymentMethod.ONLINE, order.total(), issue(current, hold, request.buyerName().trim()), clock.instant());
                orders.save(current);
                answers.record(HttpStatus.CREATED, response);
                // Last: it locks the ticket types' counters, which every other sale of them waits for, until the commit.
                inventory.sell(held);
            });
        } catch (SupersededAttemptException superseded) {
            // A retry resumed this checkout while this attempt stalled; the sale and its payment are the retry's now.
            throw superseded;
        } catch (HoldExpiredException lapsed) {
            refundTakenPayment(order, reference, "hold lapsed during payment", OrderCancelled.Reason.HOLD_EXPIRED);
            throw new HoldExpiredException("The reservation ran out while the payment was processed. The payment was refunded; "
                    + "take a new hold and try again.");
        } catch (RuntimeException failure) {
            // The money was taken but the sale could not be recorded: give it back rather than keep it without tickets.
            refundTakenPayment(order, reference, "sale failed after payment", OrderCancelled.Reason.SALE_FAILED);
            throw failure;
        }
        return response;
    }

    /**
     * Cancels an online order that will not be completed and gives back what the gateway took for it. The hold's
     * expiry may be doing the same at this moment, hence the order's lock and the checks.
     */
    private void refundTakenPayment(Order order, String reference, String reason, OrderCancelled.Reason why) {
        transactions.executeWithoutResult(status -> {
            Order current = orders.findLockedById(order.id()).orElseThrow();
            inventory.release(current.holdId(), HoldReleased.Reason.PAYMENT_FAILED);
            if (!"free".equals(reference)) {
                payments.refundUnbookedCharge(current.id(), current.organizerId(), reference, current.total(), reason);
            }
            if (current.status() == OrderStatus.PENDING) {
                current.cancel(why);
                orders.save(current);
            }
        });
    }

    /** Cancels a pending order, or refunds a paid one whole and cancels it. */
    OrderView cancel(OrderId id, StaffPrincipal staff) {
        Order order = find(id, staff);
        if (order.status() == OrderStatus.PENDING) {
            inventory.release(order.holdId(), HoldReleased.Reason.CANCELLED);
            order.cancel(OrderCancelled.Reason.BY_STAFF);
            orders.save(order);
            return view(order);
        }
        return refundTickets(order, List.of(), "cancelled by " + staff.username(), staff, OrderCancelled.Reason.BY_STAFF);
    }

    OrderView refund(OrderId id, RefundRequest request, StaffPrincipal staff) {
        Order order = find(id, staff);
        List<TicketId> ticketIds = request.ticketIds() == null ? List.of() : request.ticketIds();
        String reason = request.reason() == null || request.reason().isBlank() ? "refunded by " + staff.username() : request.reason();
        return refundTickets(order, ticketIds, reason, staff, null);
    }

    @Transactional(readOnly = true)
    OrderView get(OrderId id, StaffPrincipal staff) {
        return view(find(id, staff));
    }

    @Transactional(readOnly = true)
    List<OrderView> search(String query, EventId event, int limit, StaffPrincipal staff) {
        if (event != null) {
            events.get(event, staff);
        }
        Map<EventId, String> titles = new HashMap<>();
        return orders.search(staff.isAdmin() ? null : staff.organizerIds(), OrderCodes.normalise(query), query, event, limit).stream()
                .map(order -> view(order, titles)).toList();
    }

    OrderTicketView reissue(OrderId id, TicketId ticket, StaffPrincipal staff) {
        Order order = find(id, staff);
        if (order.status() != OrderStatus.PAID) {
            throw new ConflictException("Only tickets of a paid order can be reissued.");
        }
        return issuer.reissue(order.id(), ticket);
    }

    @Transactional(readOnly = true)
    byte[] pdf(OrderId id, StaffPrincipal staff) {
        Order order = find(id, staff);
        return issuer.pdf(order.id(), order.code());
    }

    /** The tickets of an online order, for whoever holds its access secret; anything else reads as not found. */
    @Transactional(readOnly = true)
    byte[] publicPdf(String code, String secret) {
        String normalised = OrderCodes.normalise(code);
        Order order = normalised == null ? null : orders.findByCode(normalised).orElse(null);
        if (order == null || order.accessSecretHash() == null || secret == null
                || !MessageDigest.isEqual(order.accessSecretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
            throw new NotFoundException("Order " + code);
        }
        if (order.status() != OrderStatus.PAID) {
            throw new ConflictException("This order has no valid tickets: it is " + order.status().name().toLowerCase() + ".");
        }
        return issuer.pdf(order.id(), order.code());
    }

    /**
     * Refunds and cancels every paid order of a cancelled event, each in its own transaction, so the work can stop
     * anywhere and be resumed: orders already done are no longer PAID and are skipped the next time.
     *
     * @return how many orders this call refunded
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    int refundEveryOrderOf(EventId event, String reason) {
        StaffPrincipal system = new StaffPrincipal(new UserId(new UUID(0, 0)), "system",
                Set.of(Role.ADMIN), Set.of());
        int refunded = 0;
        List<OrderId> paid = orders.findByEventIdAndStatusOrderByCreatedAt(event, OrderStatus.PAID).stream().map(Order::id).toList();
        for (OrderId id : paid) {
            Boolean done = transactions.execute(status -> {
                Order order = orders.findById(id).orElseThrow();
                if (order.status() != OrderStatus.PAID) {
                    return false;
                }
                refundTickets(order, List.of(), reason, system, OrderCancelled.Reason.EVENT_CANCELLED);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                refunded++;
            }
        }
        return refunded;
    }

    /**
     * Cancels an online order whose hold lapsed before it was paid. If the acquirer took the money for it, because
     * the checkout died between the charge and the sale, the money goes back.
     */
    void cancelIfPending(HoldId hold) {
        orders.findLockedByHoldId(hold)
                .filter(order -> order.status() == OrderStatus.PENDING).ifPresent(order -> {
                    order.cancel(OrderCancelled.Reason.HOLD_EXPIRED);
                    orders.save(order);
                    if (order.channel() == SalesChannel.ONLINE) {
                        payments.refundUnbookedCharge(order.id(), order.organizerId(), null, order.total(),
                                "hold expired before the sale was recorded");
                    }
                });
    }

    /** An online order just placed, with the hold it was placed from. */
    private record Placed(Order order, HeldTickets held) {
    }

    private Placed placeOnline(HoldId holdId, PublicCheckoutRequest request, String secret, String attempt) {
        HeldTickets held = inventory.held(holdId);
        if (held.channel() != SalesChannel.ONLINE) {
            throw new NotFoundException("Hold " + holdId);
        }
        if (!held.active()) {
            throw new HoldExpiredException();
        }
        Order earlier = orders.findByHoldId(holdId).orElse(null);
        if (earlier != null && earlier.resumableBy(attempt)) {
            earlier.renewAccessSecret(sha256(secret));
            orders.save(earlier);
            return new Placed(earlier, held);
        }
        if (earlier != null) {
            throw new ConflictException("This hold is already being checked out.");
        }
        requireOnSale(held.hold().eventId());
        Order order = new Order(newCode(), held.hold().eventId(), held.organizerId(), holdId, SalesChannel.ONLINE,
                request.buyerName().trim(), request.buyerEmail().trim(), held.hold().total(), sha256(secret), attempt, null,
                clock.instant());
        // Flushed here, so that a second checkout of the same hold fails on the unique hold here and not at commit.
        orders.saveAndFlush(order);
        return new Placed(order, held);
    }

    /** @param cancelWhole why the order is cancelled whole with this refund; null when it is not */
    private OrderView refundTickets(Order order, List<TicketId> requested, String reason, StaffPrincipal staff,
            OrderCancelled.Reason cancelWhole) {
        if (order.status() != OrderStatus.PAID) {
            throw new IllegalTransitionException(
                    "Only a paid order can be refunded; this one is " + order.status() + ".", order.status());
        }
        List<OrderTicketView> valid = issuer.ticketsOf(order.id()).stream().filter(t -> t.status() == TicketStatus.VALID).toList();
        Set<TicketId> validIds = valid.stream().map(OrderTicketView::id).collect(Collectors.toSet());
        for (TicketId id : requested) {
            if (!validIds.contains(id)) {
                throw new InvalidInputException("ticketIds", id + " is not a valid ticket of this order");
            }
        }
        Set<TicketId> chosen = requested.isEmpty() ? validIds : Set.copyOf(requested);
        Money listPrice = valid.stream().filter(t -> chosen.contains(t.id())).map(OrderTicketView::price)
                .reduce(Money.zero(order.total().currencyCode()), Money::plus);
        Money paid = order.method() == PaymentMethod.COMPLIMENTARY ? Money.zero(order.total().currencyCode()) : order.total();
        Money refundable = paid.minus(order.refunded());
        Money amount = listPrice.isGreaterThan(refundable) ? refundable : listPrice;

        ShiftId shift = shifts.openShiftOf(staff).map(ShiftView::id).orElse(null);
        boolean manager = staff.isAdmin() || staff.has(Role.ORGANIZER);
        if (order.method() == PaymentMethod.CASH && shift == null && !manager && !amount.isZero()) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.NO_OPEN_SHIFT, "No open shift",
                    "Cash refunds come out of a till: open a shift first.");
        }
        payments.refund(order.id(), order.organizerId(), amount, shift, reason);
        List<OrderTicketView> revoked = issuer.revoke(order.id(), chosen,
                cancelWhole != null ? TicketRevoked.Reason.CANCELLED : TicketRevoked.Reason.REFUNDED);
        Map<TicketTypeId, Integer> returned = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        revoked.forEach(ticket -> returned.merge(ticket.ticketTypeId(), 1, Integer::sum));
        inventory.returnSold(order.eventId(), returned);
        order.refund(amount, revoked.size() == valid.size(), cancelWhole);
        orders.save(order);
        return view(order);
    }

    /** A hold taken before the event was cancelled or completed cannot be paid any more. */
    private void requireOnSale(EventId event) {
        boolean published = events.lookup(event).map(view -> view.status() == EventStatus.PUBLISHED).orElse(false);
        if (!published) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.NOT_ON_SALE, "Not on sale",
                    "This event is no longer on sale, so the reserved tickets cannot be paid for.");
        }
    }

    private List<TicketsIssued.IssuedTicket> issue(Order order, HoldView hold, String holderName) {
        List<TicketIssuer.IssueLine> lines = hold.items().stream()
                .map((HoldLine line) -> new TicketIssuer.IssueLine(line.ticketTypeId(), line.quantity(), line.unitPrice())).toList();
        return issuer.issue(order.id(), hold.eventId(), lines, holderName);
    }

    private Order find(OrderId id, StaffPrincipal staff) {
        Order order = orders.findById(id).orElseThrow(() -> new NotFoundException("Order " + id));
        staff.requireAccess(order.organizerId(), "Order " + id);
        return order;
    }

    private OrderView view(Order order) {
        return view(order, new HashMap<>());
    }

    /** Builds the view, looking each event's title up once per call however many orders share it. */
    private OrderView view(Order order, Map<EventId, String> titles) {
        String title = titles.computeIfAbsent(order.eventId(), event -> events.lookup(event).map(EventView::title).orElse(""));
        return new OrderView(order.id(), order.code(), order.eventId(), title, order.status(), order.channel().name(), order.method(),
                order.buyerName(), order.buyerEmail(), order.total(), order.refunded(), order.createdAt(), order.paidAt(),
                issuer.ticketsOf(order.id()));
    }

    private String newCode() {
        // Codes are random over ~10^11; checking first makes a clash vanishingly rare rather than an error.
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = OrderCodes.next();
            if (!orders.existsByCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free order code");
    }

    private static String newSecret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
