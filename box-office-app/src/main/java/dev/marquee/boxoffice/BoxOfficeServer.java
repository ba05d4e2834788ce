package dev.marquee.boxoffice;

import dev.marquee.client.IdempotencyKey;
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
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the box office asks of the Marquee server. The view models depend on this narrow port rather than on the REST
 * client, so their tests run against a fake without a server. Calls block; the view models run them through
 * {@link dev.marquee.client.fx.BackgroundTasks}.
 */
public interface BoxOfficeServer {

    /** Today's and upcoming published events, soonest first, whose text matches (blank for all). */
    List<EventView> upcomingEvents(String text);

    List<TicketTypeView> ticketTypes(EventId event);

    HoldView placeHold(EventId event, HoldRequest request, IdempotencyKey key);

    void releaseHold(HoldId hold);

    SaleReceipt checkout(HoldId hold, BoxOfficeCheckoutRequest request, IdempotencyKey key);

    List<OrderView> findOrders(String query);

    OrderView order(OrderId order);

    OrderView refund(OrderId order, RefundRequest request, IdempotencyKey key);

    OrderTicketView reissueTicket(OrderId order, TicketId ticket, IdempotencyKey key);

    byte[] ticketsPdf(OrderId order);

    Optional<ShiftView> currentShift();

    ShiftView openShift(OpenShiftRequest request, IdempotencyKey key);

    ZReport closeShift(ShiftId shift, CloseShiftRequest request, IdempotencyKey key);

    /**
     * Receives an event's live availability until the returned handle is closed. Callbacks come on a background thread.
     *
     * @param onUpdate  each new count
     * @param onRefetch updates may have been missed: reload the ticket types
     */
    AutoCloseable watchAvailability(EventId event, Consumer<ServerMessage.AvailabilityUpdate> onUpdate, Runnable onRefetch);
}
