package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.catalog.PublicEventView;
import dev.marquee.model.ticket.TicketCheck;
import dev.marquee.model.ticket.TicketToken;
import dev.marquee.model.ticket.TicketTokenCodec;
import dev.marquee.model.ticket.TicketVerification;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.inventory.Inventory;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.NotFoundException;
import java.security.PrivateKey;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues one ticket per admission for a paid order, each with a QR token signed by the event's key, and keeps
 * them: revoking, reissuing with a new serial (the old QR code then stops working), checking scanned codes and
 * rendering PDFs.
 */
@Service
@Transactional
public class TicketIssuer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final Tickets tickets;
    private final SigningKeys keys;
    private final EventManagement events;
    private final Inventory inventory;
    private final TicketPdfRenderer renderer;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TicketIssuer(Tickets tickets, SigningKeys keys, EventManagement events, Inventory inventory, TicketPdfRenderer renderer,
            ApplicationEventPublisher publisher, Clock clock) {
        this.tickets = tickets;
        this.keys = keys;
        this.events = events;
        this.inventory = inventory;
        this.renderer = renderer;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Tickets of one type to issue.
     *
     * @param ticketTypeId the type
     * @param quantity     how many
     * @param unitPrice    what each one cost
     */
    public record IssueLine(TicketTypeId ticketTypeId, int quantity, Money unitPrice) {
    }

    public List<TicketId> issue(OrderId order, EventId event, List<IssueLine> lines, String holderName) {
        PrivateKey key = keys.signingKey(event);
        Instant now = clock.instant();
        List<TicketId> issued = new ArrayList<>();
        List<TicketsIssued.IssuedTicket> described = new ArrayList<>();
        for (IssueLine line : lines) {
            for (int i = 0; i < line.quantity(); i++) {
                TicketId id = TicketId.random();
                String token = sign(id, event, line.ticketTypeId(), 1, key);
                tickets.insert(new Tickets.Ticket(id, order, event, line.ticketTypeId(), 1, TicketStatus.VALID, holderName,
                        line.unitPrice(), token), now);
                issued.add(id);
                described.add(new TicketsIssued.IssuedTicket(id, line.ticketTypeId(), 1, holderName, line.unitPrice()));
            }
        }
        publisher.publishEvent(new TicketsIssued(order, event, List.copyOf(described), now));
        return issued;
    }

    @Transactional(readOnly = true)
    public List<OrderTicketView> ticketsOf(OrderId order) {
        List<Tickets.Ticket> found = tickets.ofOrder(order);
        Map<TicketTypeId, String> names = inventory.names(found.stream().map(Tickets.Ticket::ticketTypeId).collect(Collectors.toSet()));
        return found.stream().map(ticket -> view(ticket, names)).toList();
    }

    /**
     * Revokes the given valid tickets of the order.
     *
     * @return the tickets this call revoked, as they were before
     */
    public List<OrderTicketView> revoke(OrderId order, Collection<TicketId> ids, String reason) {
        Set<TicketId> wanted = Set.copyOf(ids);
        List<Tickets.Ticket> ofOrder = tickets.ofOrder(order);
        Map<TicketTypeId, String> names = inventory.names(ofOrder.stream().map(Tickets.Ticket::ticketTypeId).collect(Collectors.toSet()));
        List<OrderTicketView> revoked = new ArrayList<>();
        Instant now = clock.instant();
        for (Tickets.Ticket ticket : ofOrder) {
            if (wanted.contains(ticket.id()) && ticket.status() == TicketStatus.VALID && tickets.revoke(ticket.id(), now)) {
                revoked.add(view(ticket, names));
                publisher.publishEvent(new TicketRevoked(ticket.id(), order, ticket.eventId(), ticket.serial(), TicketRevoked.Reason.valueOf(reason)));
            }
        }
        return revoked;
    }

    /** Gives a valid ticket a new serial and QR code; the old code stops working. */
    public OrderTicketView reissue(OrderId order, TicketId id) {
        Tickets.Ticket ticket = tickets.byId(id).filter(t -> t.orderId().equals(order))
                .orElseThrow(() -> new NotFoundException("Ticket " + id));
        if (ticket.status() != TicketStatus.VALID) {
            throw new ConflictException("This ticket was revoked and cannot be reissued.");
        }
        int serial = ticket.serial() + 1;
        if (serial > TicketToken.MAX_SERIAL) {
            throw new ConflictException("This ticket has been reissued too often; refund it and sell a new one.");
        }
        String token = sign(id, ticket.eventId(), ticket.ticketTypeId(), serial, keys.signingKey(ticket.eventId()));
        if (!tickets.reissue(id, ticket.serial(), serial, token)) {
            throw new ConflictException("The ticket changed at the same time. Reload the order and try again.");
        }
        publisher.publishEvent(new TicketReissued(id, order, ticket.eventId(), ticket.ticketTypeId(), serial, ticket.holderName()));
        return ticketsOf(order).stream().filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }

    /** Checks a scanned code against the stored keys and tickets, without admitting anyone. */
    @Transactional(readOnly = true)
    public TicketCheck check(String scanned) {
        TicketVerification verification = TicketTokenCodec.verify(scanned, event -> keys.publicKeys(new EventId(event)));
        return switch (verification) {
            case TicketVerification.Genuine genuine -> {
                TicketToken token = genuine.token();
                TicketId id = new TicketId(token.ticketId());
                Tickets.Ticket ticket = tickets.byId(id).orElse(null);
                if (ticket == null) {
                    yield new TicketCheck("GENUINE", id, new EventId(token.eventId()), null, false,
                            "Signed by the event's key, but no such ticket was issued here.");
                }
                boolean current = ticket.serial() == token.serial();
                String detail = ticket.status() == TicketStatus.REVOKED ? "Genuine, but the ticket was revoked."
                        : current ? "Genuine and valid." : "Genuine, but replaced by a reissued ticket.";
                yield new TicketCheck("GENUINE", id, ticket.eventId(), ticket.status(), current, detail);
            }
            case TicketVerification.Forged forged -> new TicketCheck("FORGED", null, new EventId(forged.eventId()), null, false,
                    "The signature does not match the event's key: a forgery.");
            case TicketVerification.UnknownEvent unknown -> new TicketCheck("UNKNOWN_EVENT", null, new EventId(unknown.eventId()), null,
                    false, "No key is known for this ticket's event.");
            case TicketVerification.Unreadable unreadable -> new TicketCheck("UNREADABLE", null, null, null, false,
                    "Not a Marquee ticket: " + unreadable.reason());
        };
    }

    /** The valid tickets of an order as a PDF, one per page. */
    @Transactional(readOnly = true)
    public byte[] pdf(OrderId order, String orderCode) {
        List<OrderTicketView> valid = ticketsOf(order).stream().filter(t -> t.status() == TicketStatus.VALID).toList();
        if (valid.isEmpty()) {
            throw new ConflictException("This order has no valid tickets to print.");
        }
        EventId eventId = tickets.byId(valid.getFirst().id()).orElseThrow().eventId();
        PublicEventView event = events.describe(eventId).orElseThrow(() -> new NotFoundException("Event " + eventId));
        List<PrintableTicket> printable = valid.stream()
                .map(ticket -> new PrintableTicket(event.title(), event.venueName(), event.venueAddress(), event.startsAt().format(WHEN),
                        ticket.typeName(), format(ticket.price()), ticket.holderName(), orderCode, ticketNumber(ticket), ticket.qrText()))
                .toList();
        return renderer.render(printable);
    }

    /** The tickets with these ids, as they stand now. */
    @Transactional(readOnly = true)
    public List<TicketSnapshot> snapshots(Collection<TicketId> ids) {
        return ids.stream().map(tickets::byId).flatMap(java.util.Optional::stream)
                .map(t -> new TicketSnapshot(t.id(), t.orderId(), t.eventId(), t.ticketTypeId(), t.serial(), t.status(), t.holderName()))
                .toList();
    }

    /** The event's public keys, Base64, newest first: what a kiosk needs to verify tickets offline. */
    @Transactional(readOnly = true)
    public List<String> publicKeys(EventId event) {
        return keys.publicKeysEncoded(event);
    }

    private static String sign(TicketId id, EventId event, TicketTypeId type, int serial, PrivateKey key) {
        return TicketTokenCodec.encode(new TicketToken(id.value(), event.value(), type.value(), serial, null, null), key);
    }

    private static OrderTicketView view(Tickets.Ticket ticket, Map<TicketTypeId, String> names) {
        return new OrderTicketView(ticket.id(), ticket.ticketTypeId(), names.getOrDefault(ticket.ticketTypeId(), ""), ticket.price(),
                ticket.status(), ticket.serial(), ticket.holderName(), ticket.token());
    }

    private static String ticketNumber(OrderTicketView ticket) {
        return ticket.id().toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-" + ticket.serial();
    }

    private static String format(Money price) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(price.currency());
        format.setMinimumFractionDigits(price.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(price.currency().getDefaultFractionDigits());
        return format.format(price.toMajor());
    }
}
