package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.AvailabilityView;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.catalog.PublicTicketTypes;
import dev.marquee.server.platform.ApiProblem;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves, sells and returns tickets. Every change of the counters is a conditional update of one row, taken in a
 * fixed order (ticket types by id, then quotas by id) so concurrent holds cannot deadlock; a hold that cannot take
 * every row it needs rolls back whole. Holds register their own events; {@link AvailabilityChanged} is published
 * here, since it follows the counters, which no entity writes.
 */
@Service
@Transactional
public class Inventory implements PublicTicketTypes {

    private final TicketTypes types;
    private final Quotas quotas;
    private final Holds holds;
    private final EventManagement events;
    private final InventoryProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Inventory(TicketTypes types, Quotas quotas, Holds holds, EventManagement events, InventoryProperties properties,
            ApplicationEventPublisher publisher, Clock clock) {
        this.types = types;
        this.quotas = quotas;
        this.holds = holds;
        this.events = events;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Reserves all items or none. The caller has checked that the event is in scope.
     *
     * @throws ApiProblem SOLD_OUT, NOT_ON_SALE or LIMIT_EXCEEDED, saying which ticket type and why
     */
    public HoldView hold(EventView event, HoldRequest request, SalesChannel channel) {
        return hold(event, request, channel, null);
    }

    /**
     * Reserves all items or none for an anonymous buyer, within the cap on what one client address may hold of
     * one event ({@code marquee.sales.public-hold-cap-per-address}): without it, one address could hold a whole
     * event and keep it blocked by taking new holds as the old ones lapse.
     *
     * @param clientAddress who asks, as resolved by {@link dev.marquee.server.platform.ClientAddresses}
     * @throws ApiProblem HOLD_LIMIT_REACHED beyond the cap, or as {@link #hold(EventView, HoldRequest, SalesChannel)}
     */
    HoldView hold(EventView event, HoldRequest request, SalesChannel channel, String clientAddress) {
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED || !event.endsAt().toInstant().isAfter(now)) {
            throw notOnSale("This event is not on sale" + (event.status() == EventStatus.PUBLISHED ? " any more." : "."), null);
        }
        Map<TicketTypeId, Integer> wanted = new TreeMap<>(Comparator.comparing(TicketTypeId::value));
        for (HoldItem item : request.items()) {
            wanted.merge(item.ticketTypeId(), item.quantity(), Integer::sum);
        }
        Map<TicketTypeId, TicketType> byId = typesOf(event.id());
        for (Map.Entry<TicketTypeId, Integer> entry : wanted.entrySet()) {
            TicketType type = byId.get(entry.getKey());
            if (type == null) {
                throw new InvalidInputException("items", "ticket type " + entry.getKey() + " is not a ticket type of this event");
            }
            requireSellable(type, channel, now);
            if (entry.getValue() > type.maxPerOrder()) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.LIMIT_EXCEEDED, "Too many tickets",
                        "At most " + type.maxPerOrder() + " tickets of '" + type.name() + "' fit in one order.",
                        Map.of("ticketTypeId", type.id().toString(), "maxPerOrder", type.maxPerOrder()));
            }
        }
        requireOneCurrency(wanted.keySet().stream().map(byId::get).toList());
        int tickets = wanted.values().stream().mapToInt(Integer::intValue).sum();
        if (clientAddress != null && properties.publicHoldCapPerAddress() > 0) {
            requireWithinCap(event.id(), clientAddress, tickets, now);
        }
        List<Hold.Item> items = wanted.entrySet().stream()
                .map(e -> new Hold.Item(e.getKey(), e.getValue(), byId.get(e.getKey()).price())).toList();
        Hold hold = holds.save(new Hold(event.id(), event.organizerId(), channel, items, clientAddress, now,
                now.plus(properties.holdTtl(channel))));
        // Last, so that the hot counter rows stay locked for no more than their update and the commit.
        takeCounters(wanted, byId);
        publisher.publishEvent(new AvailabilityChanged(event.id(), event.organizerId()));
        return hold.view(names(byId, wanted.keySet()));
    }

    /**
     * A hold on the public API: the event is looked up in the hold's own transaction, so a public hold costs one
     * transaction, not two.
     *
     * @throws NotFoundException when there is no such event
     */
    HoldView holdOnline(EventId eventId, HoldRequest request, String clientAddress) {
        EventView event = events.lookup(eventId).orElseThrow(() -> new NotFoundException("Event " + eventId));
        return hold(event, request, SalesChannel.ONLINE, clientAddress);
    }

    /** The hold, whatever state it is in. */
    @Transactional(readOnly = true)
    public HeldTickets held(HoldId id) {
        Hold hold = find(id);
        Map<TicketTypeId, TicketType> byId = typesOf(hold.eventId());
        return new HeldTickets(hold.view(names(byId, hold.items().stream().map(Hold.Item::ticketTypeId).toList())), hold.organizerId(),
                hold.channel(), hold.activeAt(clock.instant()));
    }

    /**
     * Returns an active hold's tickets to sale. Does nothing if the hold already ended, so it is safe to repeat.
     *
     * @return whether this call released it
     */
    public boolean release(HoldId id, HoldReleased.Reason reason) {
        Hold hold = find(id);
        Hold.Status ended = reason == HoldReleased.Reason.EXPIRED ? Hold.Status.EXPIRED : Hold.Status.RELEASED;
        if (holds.leaveActive(id.value(), ended.name()) == 0) {
            return false;
        }
        applyToCounters(hold.eventId(), hold.items(), types::release, quotas::release);
        hold.released(reason);
        holds.save(hold);
        publisher.publishEvent(new AvailabilityChanged(hold.eventId(), hold.organizerId()));
        return true;
    }

    /**
     * Turns a hold into sold tickets. The caller read the hold with {@link #held} in this or an earlier transaction;
     * its lines never change, and whether it is still active is decided here, in the database. Call it last in the
     * sale's transaction: it locks the ticket types' counter rows, which every other hold and sale of them waits for.
     *
     * @throws HoldExpiredException when the hold ended or lapsed before this
     */
    public void sell(HeldTickets held) {
        HoldView hold = held.hold();
        if (holds.sellIfActive(hold.holdId().value(), clock.instant()) == 0) {
            throw new HoldExpiredException();
        }
        List<Hold.Item> items = hold.items().stream().map(line -> new Hold.Item(line.ticketTypeId(), line.quantity(), line.unitPrice()))
                .toList();
        applyToCounters(hold.eventId(), items, types::sell, quotas::sell);
        publisher.publishEvent(new AvailabilityChanged(hold.eventId(), held.organizerId()));
    }

    /** Puts refunded or cancelled tickets back on sale. */
    public void returnSold(EventId event, Map<TicketTypeId, Integer> quantities) {
        List<Hold.Item> items = quantities.entrySet().stream()
                .map(e -> new Hold.Item(e.getKey(), e.getValue(), null)).toList();
        Map<TicketTypeId, TicketType> types = applyToCounters(event, items, this.types::returnSold, quotas::returnSold);
        quantities.keySet().stream().map(types::get).findFirst()
                .ifPresent(type -> publisher.publishEvent(new AvailabilityChanged(event, type.organizerId())));
    }

    /** The ticket types of an event with their counts, for staff. */
    @Transactional(readOnly = true)
    public List<TicketTypeView> ticketTypes(EventId event) {
        List<TicketType> all = types.findByEventIdOrderByCreatedAtAscIdAsc(event);
        Map<QuotaId, Quota> quotaById = quotasOf(event);
        return all.stream().map(type -> type.view(available(type, quotaById))).toList();
    }

    /** The names of ticket types, for receipts and tickets. */
    @Transactional(readOnly = true)
    public Map<TicketTypeId, String> names(Set<TicketTypeId> ids) {
        return types.findAllById(ids).stream().collect(Collectors.toMap(TicketType::id, TicketType::name));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AvailabilityView> onSaleOnline(EventId event) {
        Instant now = clock.instant();
        Map<QuotaId, Quota> quotaById = quotasOf(event);
        return types.findByEventIdOrderByCreatedAtAscIdAsc(event).stream()
                .filter(type -> type.sellableThrough(SalesChannel.ONLINE))
                .map(type -> new AvailabilityView(type.id(), type.name(), type.price(), available(type, quotaById), type.onSaleAt(now),
                        type.maxPerOrder(), type.saleEndsAt()))
                .toList();
    }

    static int available(TicketType type, Map<QuotaId, Quota> quotaById) {
        int available = type.remaining();
        for (QuotaId quotaId : type.quotaIds()) {
            Quota quota = quotaById.get(quotaId);
            if (quota != null) {
                available = Math.min(available, quota.remaining());
            }
        }
        return available;
    }

    private Map<QuotaId, Quota> quotasOf(EventId event) {
        return quotas.findByEventId(event).stream().collect(Collectors.toMap(Quota::getId, Function.identity()));
    }

    private Hold find(HoldId id) {
        return holds.findById(id).orElseThrow(() -> new NotFoundException("Hold " + id));
    }

    /**
     * The event's ticket types by id. One query whose plan Hibernate keeps: a query by a list of ids is planned
     * anew for every call, which cost more than the sale's own statements, and an event has few types.
     */
    private Map<TicketTypeId, TicketType> typesOf(EventId event) {
        return types.findForSaleByEventId(event).stream().collect(Collectors.toMap(TicketType::id, Function.identity()));
    }

    private static Map<TicketTypeId, String> names(Map<TicketTypeId, TicketType> byId, Collection<TicketTypeId> ids) {
        return ids.stream().distinct().filter(byId::containsKey).collect(Collectors.toMap(Function.identity(), id -> byId.get(id).name()));
    }

    private void takeCounters(Map<TicketTypeId, Integer> wanted, Map<TicketTypeId, TicketType> byId) {
        try {
            for (Map.Entry<TicketTypeId, Integer> entry : wanted.entrySet()) {
                if (types.hold(entry.getKey().value(), entry.getValue()) == 0) {
                    throw soldOut(byId.get(entry.getKey()), entry.getValue());
                }
            }
            for (Map.Entry<QuotaId, Integer> entry : quotaNeeds(wanted, byId).entrySet()) {
                if (quotas.hold(entry.getKey().value(), entry.getValue()) == 0) {
                    TicketType first = wanted.keySet().stream().map(byId::get)
                            .filter(type -> type.quotaIds().contains(entry.getKey())).findFirst().orElseThrow();
                    throw soldOut(first, wanted.get(first.id()));
                }
            }
        } catch (DataIntegrityViolationException overCapacity) {
            // The check constraint caught what the conditional update let through; the answer is the same.
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.SOLD_OUT, "Sold out", "Not enough tickets are left for this order.");
        }
    }

    /**
     * Counts in the database, under a lock on this address and event, so the cap holds across instances and under
     * concurrency. The lock comes before any counter row, the same order in every hold, so holds cannot deadlock.
     */
    private void requireWithinCap(EventId event, String clientAddress, int wanted, Instant now) {
        int cap = properties.publicHoldCapPerAddress();
        holds.addClient(event.value(), clientAddress);
        holds.lockClient(event.value(), clientAddress);
        ClientHolds held = holds.heldBy(event, clientAddress, Hold.Status.ACTIVE, now);
        if (held.tickets() + wanted <= cap) {
            return;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("limit", cap);
        facts.put("held", (int) held.tickets());
        String detail;
        if (held.tickets() == 0) {
            detail = "One address can hold at most " + cap + " tickets of this event at a time. Ask for " + cap + " or fewer.";
        } else {
            facts.put("nextExpiryAt", held.nextExpiry().toString());
            detail = "Your address already holds " + held.tickets() + " tickets of this event, and one address can hold at most " + cap
                    + " at a time. Check out the tickets you hold, or wait until a hold lapses (the next at " + held.nextExpiry()
                    + "), then try again" + (held.tickets() < cap ? " or ask for " + (cap - held.tickets()) + " or fewer" : "") + ".";
        }
        throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.HOLD_LIMIT_REACHED, "Hold limit reached", detail, facts);
    }

    private static Map<QuotaId, Integer> quotaNeeds(Map<TicketTypeId, Integer> wanted, Map<TicketTypeId, TicketType> byId) {
        Map<QuotaId, Integer> needs = new TreeMap<>(Comparator.comparing(QuotaId::value));
        wanted.forEach((typeId, quantity) -> byId.get(typeId).quotaIds().forEach(quota -> needs.merge(quota, quantity, Integer::sum)));
        return needs;
    }

    /** Moves the counters of the items' types and their quotas, in id order; returns the types. */
    private Map<TicketTypeId, TicketType> applyToCounters(EventId event, List<Hold.Item> items, Counter typeCounter,
            Counter quotaCounter) {
        Map<TicketTypeId, Integer> quantities = new TreeMap<>(Comparator.comparing(TicketTypeId::value));
        items.forEach(item -> quantities.merge(item.ticketTypeId(), item.quantity(), Integer::sum));
        Map<TicketTypeId, TicketType> byId = typesOf(event);
        quantities.forEach((type, quantity) -> typeCounter.apply(type.value(), quantity));
        quotaNeeds(quantities, byId).forEach((quota, quantity) -> quotaCounter.apply(quota.value(), quantity));
        return byId;
    }

    @FunctionalInterface
    private interface Counter {
        int apply(UUID id, int quantity);
    }

    private static void requireSellable(TicketType type, SalesChannel channel, Instant now) {
        if (!type.sellableThrough(channel)) {
            throw notOnSale("'" + type.name() + "' is sold at the box office only.", type);
        }
        if (!type.onSaleAt(now)) {
            boolean early = type.saleStartsAt() != null && now.isBefore(type.saleStartsAt());
            throw notOnSale("'" + type.name() + "' is not on sale " + (early ? "yet; sales open at " + type.saleStartsAt() : "any more")
                    + ".", type);
        }
    }

    private static void requireOneCurrency(Collection<TicketType> chosen) {
        if (chosen.stream().map(type -> type.price().currency()).distinct().count() > 1) {
            throw new InvalidInputException("items", "mixes ticket types priced in different currencies; hold them separately");
        }
    }

    private static ApiProblem soldOut(TicketType type, int wanted) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.SOLD_OUT, "Sold out",
                "Not enough tickets of '" + type.name() + "' are left for " + wanted + ". Choose fewer or another type.",
                Map.of("ticketTypeId", type.id().toString()));
    }

    private static ApiProblem notOnSale(String detail, TicketType type) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.NOT_ON_SALE, "Not on sale", detail,
                type == null ? Map.of() : Map.of("ticketTypeId", type.id().toString()));
    }
}
