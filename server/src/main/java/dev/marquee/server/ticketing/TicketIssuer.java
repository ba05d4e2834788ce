package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.OrderTicketView;
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
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final SigningKeyring keys;
    private final EventManagement events;
    private final Inventory inventory;
    private final TicketPdfRenderer renderer;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TicketIssuer(Tickets tickets, SigningKeyring keys, EventManagement events, Inventory inventory, TicketPdfRenderer renderer,
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

    /**
     * Issues the order's tickets; one event names them all, since the order is one sale and no ticket's alone.
     *
     * @return the tickets, as that event tells them
     */
    public List<TicketsIssued.IssuedTicket> issue(OrderId order, EventId event, List<IssueLine> lines, @Nullable String holderName) {
        PrivateKey key = keys.signingKey(event);
        Instant now = clock.instant();
        List<Ticket> issued = new ArrayList<>();
        for (IssueLine line : lines) {
            for (int i = 0; i < line.quantity(); i++) {
                issued.add(Ticket.issue(order, event, line.ticketTypeId(), holderName, line.unitPrice(), key, now));
            }
        }
        tickets.saveAll(issued);
        List<TicketsIssued.IssuedTicket> told = issued.stream().map(Ticket::issued).toList();
        publisher.publishEvent(new TicketsIssued(order, event, told, now));
        return told;
    }

    @Transactional(readOnly = true)
    public List<OrderTicketView> ticketsOf(OrderId order) {
        return views(tickets.findByOrderIdOrderByIssuedAtAscIdAsc(order));
    }

    /**
     * Revokes the given valid tickets of the order.
     *
     * @return the tickets this call revoked, as they were before
     * @throws ConflictException when another request changed one of them at the same time
     */
    public List<OrderTicketView> revoke(OrderId order, Collection<TicketId> ids, TicketRevoked.Reason reason) {
        Set<TicketId> wanted = Set.copyOf(ids);
        List<Ticket> revoking = tickets.findByOrderIdOrderByIssuedAtAscIdAsc(order).stream()
                .filter(ticket -> wanted.contains(ticket.getId()) && ticket.isValid()).toList();
        List<OrderTicketView> before = views(revoking);
        Instant now = clock.instant();
        revoking.forEach(ticket -> ticket.revoke(reason, now));
        try {
            tickets.saveAllAndFlush(revoking);
        } catch (OptimisticLockingFailureException changed) {
            throw new ConflictException("The tickets changed at the same time. Reload the order and try again.");
        }
        return before;
    }

    /** Gives a valid ticket a new serial and QR code; the old code stops working. */
    public OrderTicketView reissue(OrderId order, TicketId id) {
        Ticket ticket = tickets.findById(id).filter(t -> t.orderId().equals(order)).orElseThrow(() -> new NotFoundException("Ticket " + id));
        ticket.reissue(keys.signingKey(ticket.eventId()));
        try {
            tickets.saveAllAndFlush(List.of(ticket));
        } catch (OptimisticLockingFailureException changed) {
            throw new ConflictException("The ticket changed at the same time. Reload the order and try again.");
        }
        return views(List.of(ticket)).getFirst();
    }

    /** Checks a scanned code against the stored keys and tickets, without admitting anyone. */
    @Transactional(readOnly = true)
    public TicketCheck check(String scanned) {
        TicketVerification verification = TicketTokenCodec.verify(scanned, event -> keys.publicKeys(new EventId(event)));
        return switch (verification) {
            case TicketVerification.Genuine genuine -> {
                TicketToken token = genuine.token();
                TicketId id = new TicketId(token.ticketId());
                Ticket ticket = tickets.findById(id).orElse(null);
                if (ticket == null) {
                    yield new TicketCheck("GENUINE", id, new EventId(token.eventId()), null, false,
                            "Signed by the event's key, but no such ticket was issued here.");
                }
                boolean current = ticket.serial() == token.serial();
                String detail = !ticket.isValid() ? "Genuine, but the ticket was revoked."
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
        List<Ticket> valid = tickets.findByOrderIdOrderByIssuedAtAscIdAsc(order).stream().filter(Ticket::isValid).toList();
        if (valid.isEmpty()) {
            throw new ConflictException("This order has no valid tickets to print.");
        }
        EventId eventId = valid.getFirst().eventId();
        PublicEventView event = events.describe(eventId).orElseThrow(() -> new NotFoundException("Event " + eventId));
        List<PrintableTicket> printable = views(valid).stream()
                .map(ticket -> new PrintableTicket(event.title(), event.venueName(), event.venueAddress(), event.startsAt().format(WHEN),
                        ticket.typeName(), format(ticket.price()), ticket.holderName(), orderCode, ticketNumber(ticket), ticket.qrText()))
                .toList();
        return renderer.render(printable);
    }

    /** The event's public keys, Base64, newest first: what a kiosk needs to verify tickets offline. */
    @Transactional(readOnly = true)
    public List<String> publicKeys(EventId event) {
        return keys.publicKeysEncoded(event);
    }

    /** The views of the tickets, with their types' names looked up once for all of them. */
    private List<OrderTicketView> views(List<Ticket> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<TicketTypeId, String> names = inventory.names(found.stream().map(Ticket::ticketTypeId).collect(Collectors.toSet()));
        return found.stream().map(ticket -> ticket.view(names.getOrDefault(ticket.ticketTypeId(), ""))).toList();
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
