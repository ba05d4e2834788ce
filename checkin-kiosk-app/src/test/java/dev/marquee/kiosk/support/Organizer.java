package dev.marquee.kiosk.support;

import dev.marquee.client.EventQuery;
import dev.marquee.client.MarqueeClient;
import dev.marquee.model.CheckInListId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.PaymentMethod;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The people behind the kiosk, through the client kit against the demo server: the organizer makes a check-in list
 * and pairing codes, the box office sells and refunds.
 */
public final class Organizer {

    /** A sold ticket. */
    public record Sold(String id, String orderId, String qrText) {
    }

    private static final String PASSWORD = "marquee-demo";

    private final URI server;
    private final MarqueeClient organizer;
    private MarqueeClient boxOffice;
    private EventView event;
    private TicketTypeView standing;

    public Organizer(URI server) {
        this.server = server;
        this.organizer = MarqueeClient.create(server);
        organizer.login("organizer", PASSWORD);
    }

    /** The demo concert, "The Lanterns: Winter Tour". */
    public EventView concert() {
        if (event == null) {
            event = organizer.catalog().events(EventQuery.all().withStatus(EventStatus.PUBLISHED).withLimit(100)).items().stream()
                    .filter(candidate -> candidate.title().startsWith("The Lanterns"))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            standing = organizer.inventory().ticketTypes(event.id()).stream()
                    .filter(type -> type.name().equals("Standing"))
                    .findFirst()
                    .orElseThrow();
        }
        return event;
    }

    public String eventId() {
        return concert().id().toString();
    }

    /** A list admitting Standing tickets, once each. */
    public String createStandingList(String name) {
        concert();
        return organizer.checkIn().createList(event.id(), new CheckInListRequest(name, Set.of(standing.id()), null, null, false, false))
                .id().toString();
    }

    public String pairingCode(String deviceName) {
        return organizer.devices().createPairingCode(new PairingCodeRequest(concert().organizerId(), deviceName)).code();
    }

    /** Revokes every paired kiosk of that name. */
    public void revokeDevice(String deviceName) {
        for (DeviceView device : organizer.devices().devices(concert().organizerId())) {
            if (device.name().equals(deviceName)) {
                organizer.devices().revoke(device.id());
            }
        }
    }

    /** Sells Standing tickets at the box office for cash, to Mia Muster. */
    public List<Sold> sellStanding(int quantity) {
        concert();
        if (boxOffice == null) {
            boxOffice = MarqueeClient.create(server);
            boxOffice.login("boxoffice", PASSWORD);
            boxOffice.boxOffice().openShift(new OpenShiftRequest("Counter 1", Money.parse("0.00", "EUR"), null));
        }
        HoldView hold = boxOffice.boxOffice().placeHold(event.id(), new HoldRequest(List.of(new HoldItem(standing.id(), quantity))));
        SaleReceipt sale = boxOffice.boxOffice().checkout(hold.holdId(),
                new BoxOfficeCheckoutRequest(PaymentMethod.CASH, Money.parse("10000.00", "EUR"), null, null, "Mia Muster", null));
        String orderId = sale.order().id().toString();
        return sale.order().tickets().stream().map((OrderTicketView ticket) -> new Sold(ticket.id().toString(), orderId, ticket.qrText())).toList();
    }

    public void refund(Sold ticket) {
        boxOffice.orders().refund(OrderId.of(ticket.orderId()), new RefundRequest(List.of(TicketId.of(ticket.id())), "Cannot come"));
    }

    public Attendance attendance(String listId) {
        return organizer.checkIn().attendance(CheckInListId.of(listId));
    }
}
