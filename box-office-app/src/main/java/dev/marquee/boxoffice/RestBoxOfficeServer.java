package dev.marquee.boxoffice;

import dev.marquee.client.EventQuery;
import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrderId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The box office's server calls over the REST client and the live-update WebSocket. */
public final class RestBoxOfficeServer implements BoxOfficeServer {

    private static final int EVENT_LIMIT = 50;
    private static final int ORDER_LIMIT = 50;

    private final MarqueeClient client;
    private final LiveUpdates live;
    private final Clock clock;

    /**
     * @param client a logged-in client
     * @param live   live updates of the same session
     * @param clock  what "today" is
     */
    public RestBoxOfficeServer(MarqueeClient client, LiveUpdates live, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.live = Objects.requireNonNull(live, "live");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<EventView> upcomingEvents(String text) {
        // From the start of today, so tonight's show stays on the list after its doors open.
        var startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        EventQuery query = EventQuery.all().withStatus(EventStatus.PUBLISHED).overlapping(startOfToday, null)
                .matching(text == null || text.isBlank() ? null : text.trim()).withLimit(EVENT_LIMIT);
        return client.catalog().events(query).items();
    }

    @Override
    public List<TicketTypeView> ticketTypes(EventId event) {
        return client.inventory().ticketTypes(event);
    }

    @Override
    public HoldView placeHold(EventId event, HoldRequest request, IdempotencyKey key) {
        return client.boxOffice().placeHold(event, request, key);
    }

    @Override
    public void releaseHold(HoldId hold) {
        client.boxOffice().releaseHold(hold);
    }

    @Override
    public SaleReceipt checkout(HoldId hold, BoxOfficeCheckoutRequest request, IdempotencyKey key) {
        return client.boxOffice().checkout(hold, request, key);
    }

    @Override
    public List<OrderView> findOrders(String query) {
        return client.orders().find(query, null, ORDER_LIMIT);
    }

    @Override
    public OrderView order(OrderId order) {
        return client.orders().order(order);
    }

    @Override
    public OrderView refund(OrderId order, RefundRequest request, IdempotencyKey key) {
        return client.orders().refund(order, request, key);
    }

    @Override
    public OrderTicketView reissueTicket(OrderId order, TicketId ticket, IdempotencyKey key) {
        return client.orders().reissueTicket(order, ticket, key);
    }

    @Override
    public byte[] ticketsPdf(OrderId order) {
        return client.orders().ticketsPdf(order);
    }

    @Override
    public Optional<ShiftView> currentShift() {
        return client.boxOffice().currentShift();
    }

    @Override
    public ShiftView openShift(OpenShiftRequest request, IdempotencyKey key) {
        return client.boxOffice().openShift(request, key);
    }

    @Override
    public ZReport closeShift(ShiftId shift, CloseShiftRequest request, IdempotencyKey key) {
        return client.boxOffice().closeShift(shift, request, key);
    }

    @Override
    public AutoCloseable watchAvailability(EventId event, Consumer<ServerMessage.AvailabilityUpdate> onUpdate, Runnable onRefetch) {
        LiveUpdates.Subscription subscription = live.subscribe(Topic.availability(event), update -> {
            if (update instanceof ServerMessage.AvailabilityUpdate availability) {
                onUpdate.accept(availability);
            }
        }, onRefetch);
        return subscription::cancel;
    }
}
