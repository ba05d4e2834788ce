package dev.marquee.server.realtime;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.server.booking.OrderPaid;
import dev.marquee.server.checkin.AttendeeCheckedIn;
import dev.marquee.server.checkin.CheckInLists;
import dev.marquee.server.checkin.DuplicateEntryDetected;
import dev.marquee.server.catalog.EventCancelled;
import dev.marquee.server.inventory.AvailabilityChanged;
import dev.marquee.server.inventory.Inventory;
import dev.marquee.server.payment.PaymentFailed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns domain events into live messages, never announcing something that was rolled back. A sale's tick is
 * written in the sale's own transaction; availability and check-in ticks are gathered after commit and sent a few
 * times a second; staff alerts run after commit from the event publication registry, which retries one that failed
 * to go out.
 */
@Component
class LiveProducers {

    private final LiveFeed feed;
    private final Inventory inventory;
    private final CheckInLists checkInLists;
    private final Clock clock;
    private final Set<EventId> changedEvents = ConcurrentHashMap.newKeySet();
    private final Queue<AttendeeCheckedIn> checkIns = new ConcurrentLinkedQueue<>();

    LiveProducers(LiveFeed feed, Inventory inventory, CheckInLists checkInLists, Clock clock) {
        this.feed = feed;
        this.inventory = inventory;
        this.checkInLists = checkInLists;
        this.clock = clock;
    }

    /**
     * Availability changes with every hold and sale, so a hot event would otherwise produce a message, and an outbox
     * entry, per ticket. Instead the event is only marked here, after commit, and {@link #flushAvailability} sends
     * the current counts of each marked event a few times a second. A lost mark costs nothing: the next change of
     * the event marks it again, and every message carries the full counts.
     *
     * <p>A plain listener that registers its own after-commit step, on purpose: a transactional event listener
     * would be tracked by the event publication registry, which opens a second transaction, and so takes a second
     * connection, while the sale's connection is still held; under load that drains the pool.
     */
    @EventListener
    void on(AvailabilityChanged changed) {
        afterCommit(() -> changedEvents.add(changed.eventId()));
    }

    @Scheduled(fixedDelay = 250)
    void flushAvailability() {
        for (EventId event : List.copyOf(changedEvents)) {
            changedEvents.remove(event);
            Topic topic = Topic.availability(event);
            // The counts are read after the topic's number is taken, so later numbers never carry older counts.
            feed.publish(topic, seq -> new ServerMessage.AvailabilityUpdate(topic, seq, event, counts(event)));
        }
    }

    /**
     * A sale's tick is numbered and stored in the sale's own transaction, so it commits with the sale or not at all:
     * no delivery through the event publication registry, which would cost the sale three more commits (its
     * publication marked processing, the message, the publication completed).
     */
    @EventListener
    void on(OrderPaid paid) {
        Topic topic = Topic.sales(paid.organizerId());
        feed.publish(topic, seq -> new ServerMessage.SaleTick(topic, seq, paid.orderId(), paid.eventId(), paid.tickets().size(), paid.total(),
                paid.channel().name(), clock.instant()));
    }

    /**
     * A check-in's tick goes out shortly after the scan committed, gathered with the others of that moment by
     * {@link #flushCheckIns}, rather than through the event publication registry, whose three commits per scan
     * would double what a gate's scan costs. A tick lost to a crash costs nothing that matters: kiosks take their
     * picture from the change feed, which has every admission, and the next tick carries the list's full count.
     */
    @EventListener
    void on(AttendeeCheckedIn checkedIn) {
        afterCommit(() -> checkIns.add(checkedIn));
    }

    @Scheduled(fixedDelay = 100)
    void flushCheckIns() {
        AttendeeCheckedIn checkedIn;
        Map<CheckInListId, Integer> admitted = new HashMap<>();
        while ((checkedIn = checkIns.poll()) != null) {
            AttendeeCheckedIn tick = checkedIn;
            Topic topic = Topic.checkins(tick.eventId());
            // Counted here, off the gate's path, once per list and flush.
            int count = admitted.computeIfAbsent(tick.listId(), checkInLists::admitted);
            feed.publish(topic, seq -> new ServerMessage.CheckInTick(topic, seq, tick.eventId(), tick.listId().toString(),
                    tick.ticketId().toString(), tick.gate(), tick.inside(), count, tick.at()));
        }
    }

    @ApplicationModuleListener
    void on(DuplicateEntryDetected duplicate) {
        Topic topic = Topic.alerts(duplicate.organizerId());
        feed.publish(topic, seq -> new ServerMessage.StaffAlert(topic, seq, "CRITICAL", "Ticket " + duplicate.ticketId().toString().substring(0, 8)
                + " was admitted twice: at " + duplicate.firstGate() + " and again at " + duplicate.gate() + " while offline.", clock.instant()));
    }

    @ApplicationModuleListener
    void on(PaymentFailed failed) {
        Topic topic = Topic.alerts(failed.organizerId());
        feed.publish(topic, seq -> new ServerMessage.StaffAlert(topic, seq, "WARNING",
                "A " + failed.method().name().toLowerCase().replace('_', ' ') + " payment failed: "
                + failed.reason().name().toLowerCase().replace('_', ' '), clock.instant()));
    }

    @ApplicationModuleListener
    void on(EventCancelled cancelled) {
        Topic topic = Topic.alerts(cancelled.organizerId());
        feed.publish(topic, seq -> new ServerMessage.StaffAlert(topic, seq, "INFO", "An event was cancelled by " + cancelled.cancelledBy()
                + (cancelled.reason() == null ? "." : ": " + cancelled.reason()), clock.instant()));
    }

    /** Runs {@code action} once the current transaction committed, or at once outside one. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private List<ServerMessage.TypeCount> counts(EventId event) {
        return inventory.ticketTypes(event).stream()
                .map(type -> new ServerMessage.TypeCount(type.id(), type.name(), type.capacity(), type.sold(), type.held(), type.available()))
                .toList();
    }
}
