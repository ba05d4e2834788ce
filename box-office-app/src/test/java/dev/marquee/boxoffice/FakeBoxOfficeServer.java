package dev.marquee.boxoffice;

import dev.marquee.client.ApiException;
import dev.marquee.client.IdempotencyKey;
import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.HoldLine;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** An in-memory stand-in for the server, recording what the view models asked of it. */
final class FakeBoxOfficeServer implements BoxOfficeServer {

    static final Duration HOLD_TTL = Duration.ofMinutes(3);

    final EventId concert = EventId.random();
    final TicketTypeView standing = type("Standing", 3900, 800);
    final TicketTypeView vip = type("VIP balcony", 8900, 250);
    final TicketTypeView soldOut = type("Early bird", 2900, 0);
    final List<HoldRequest> placedHolds = new ArrayList<>();
    final List<HoldId> releasedHolds = new ArrayList<>();
    final List<IdempotencyKey> checkoutKeys = new ArrayList<>();
    final List<BoxOfficeCheckoutRequest> checkouts = new ArrayList<>();
    final Map<IdempotencyKey, SaleReceipt> answered = new HashMap<>();
    final List<IdempotencyKey> openShiftKeys = new ArrayList<>();
    private final Clock clock;
    final List<IdempotencyKey> refundKeys = new ArrayList<>();
    final List<RefundRequest> refunds = new ArrayList<>();
    OrderView paidOrder;
    RuntimeException nextRefundFailure;
    RuntimeException nextCheckoutFailure;
    RuntimeException nextHoldFailure;
    RuntimeException nextOpenShiftFailure;
    ShiftView current;
    Consumer<ServerMessage.AvailabilityUpdate> availabilityListener;
    int watchesClosed;

    FakeBoxOfficeServer(Clock clock) {
        this.clock = clock;
        Money price = standing.price();
        paidOrder = new OrderView(OrderId.random(), "WD7K-HRAE", concert, "The Lanterns", OrderStatus.PAID, "BOX_OFFICE", null, "Mia Muster",
                null, price.times(2), Money.zero("EUR"), Instant.now(), Instant.now(), List.of(
                        new OrderTicketView(TicketId.random(), standing.id(), "Standing", price, TicketStatus.VALID, 1, null, "MQ1:a"),
                        new OrderTicketView(TicketId.random(), standing.id(), "Standing", price, TicketStatus.VALID, 1, null, "MQ1:b")));
    }

    private TicketTypeView type(String name, long priceMinor, int available) {
        return new TicketTypeView(TicketTypeId.random(), concert, name, Money.ofMinor(priceMinor, "EUR"), 1000, 0, 0, available, null, null,
                10, Visibility.PUBLIC, Set.of());
    }

    @Override
    public List<EventView> upcomingEvents(String text) {
        return List.of(new EventView(concert, OrganizerId.random(), null, "Hall", "The Lanterns: Winter Tour",
                "", "Concert", null, null, "Europe/Berlin", null, null, null, null));
    }

    @Override
    public List<TicketTypeView> ticketTypes(EventId event) {
        return List.of(standing, vip, soldOut);
    }

    @Override
    public HoldView placeHold(EventId event, HoldRequest request, IdempotencyKey key) {
        if (nextHoldFailure != null) {
            RuntimeException failure = nextHoldFailure;
            nextHoldFailure = null;
            throw failure;
        }
        placedHolds.add(request);
        List<HoldLine> lines = request.items().stream().map(item -> {
            TicketTypeView type = ticketTypes(event).stream().filter(t -> t.id().equals(item.ticketTypeId())).findFirst().orElseThrow();
            return new HoldLine(type.id(), type.name(), item.quantity(), type.price(), type.price().times(item.quantity()));
        }).toList();
        Money total = lines.stream().map(HoldLine::lineTotal).reduce(Money::plus).orElseThrow();
        return new HoldView(HoldId.random(), event, clock.instant().plus(HOLD_TTL), lines, total);
    }

    @Override
    public void releaseHold(HoldId hold) {
        releasedHolds.add(hold);
    }

    @Override
    public SaleReceipt checkout(HoldId hold, BoxOfficeCheckoutRequest request, IdempotencyKey key) {
        checkoutKeys.add(key);
        checkouts.add(request);
        if (nextCheckoutFailure != null) {
            RuntimeException failure = nextCheckoutFailure;
            nextCheckoutFailure = null;
            throw failure;
        }
        return answered.computeIfAbsent(key, k -> {
            Money total = Money.ofMinor(7800, "EUR");
            OrderView order = new OrderView(OrderId.random(), "WD7K-HRAE", concert, "The Lanterns", OrderStatus.PAID, "BOX_OFFICE",
                    request.method(), request.buyerName(), request.buyerEmail(), total, Money.zero("EUR"), Instant.now(), Instant.now(),
                    List.of());
            return new SaleReceipt(order, request.tendered(), request.tendered() == null ? null : request.tendered().minus(total));
        });
    }

    @Override
    public List<OrderView> findOrders(String query) {
        return paidOrder.code().equalsIgnoreCase(query) ? List.of(paidOrder) : List.of();
    }

    @Override
    public OrderView order(OrderId order) {
        return paidOrder;
    }

    @Override
    public OrderView refund(OrderId order, RefundRequest request, IdempotencyKey key) {
        refundKeys.add(key);
        refunds.add(request);
        if (nextRefundFailure != null) {
            RuntimeException failure = nextRefundFailure;
            nextRefundFailure = null;
            throw failure;
        }
        List<OrderTicketView> tickets = paidOrder.tickets().stream().map(ticket -> request.ticketIds().isEmpty()
                || request.ticketIds().contains(ticket.id()) ? new OrderTicketView(ticket.id(), ticket.ticketTypeId(), ticket.typeName(),
                ticket.price(), TicketStatus.REVOKED, ticket.serial(), null, ticket.qrText()) : ticket).toList();
        Money refunded = tickets.stream().filter(t -> t.status() == TicketStatus.REVOKED).map(OrderTicketView::price)
                .reduce(Money.zero("EUR"), Money::plus);
        paidOrder = new OrderView(paidOrder.id(), paidOrder.code(), concert, paidOrder.eventTitle(), paidOrder.status(), "BOX_OFFICE",
                paidOrder.method(), paidOrder.buyerName(), null, paidOrder.total(), refunded, paidOrder.createdAt(), paidOrder.paidAt(), tickets);
        return paidOrder;
    }

    @Override
    public OrderTicketView reissueTicket(OrderId order, TicketId ticket, IdempotencyKey key) {
        return new OrderTicketView(ticket, standing.id(), "Standing", standing.price(), TicketStatus.VALID, 2, null, "MQ1:x");
    }

    @Override
    public byte[] ticketsPdf(OrderId order) {
        return new byte[0];
    }

    @Override
    public Optional<ShiftView> currentShift() {
        return Optional.ofNullable(current);
    }

    @Override
    public ShiftView openShift(OpenShiftRequest request, IdempotencyKey key) {
        openShiftKeys.add(key);
        if (nextOpenShiftFailure != null) {
            RuntimeException failure = nextOpenShiftFailure;
            nextOpenShiftFailure = null;
            throw failure;
        }
        current = new ShiftView(ShiftId.random(), null, request.till(), "boxoffice", request.openingFloat(), clock.instant(), null);
        return current;
    }

    @Override
    public ZReport closeShift(ShiftId shift, CloseShiftRequest request, IdempotencyKey key) {
        Money expected = current.openingFloat().plus(Money.ofMinor(7800, "EUR"));
        return new ZReport(shift, current.till(), "boxoffice", current.openedAt(), clock.instant(), current.openingFloat(),
                Money.ofMinor(7800, "EUR"), Money.zero("EUR"), expected, request.countedCash(), request.countedCash().minus(expected),
                List.of());
    }

    @Override
    public AutoCloseable watchAvailability(EventId event, Consumer<ServerMessage.AvailabilityUpdate> onUpdate, Runnable onRefetch) {
        availabilityListener = onUpdate;
        return () -> watchesClosed++;
    }

    static ApiException problem(int status, URI type, String message) {
        return new ApiException(status, type, "Refused", message, Map.of(), null);
    }
}
