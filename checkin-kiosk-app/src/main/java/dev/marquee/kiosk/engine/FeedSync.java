package dev.marquee.kiosk.engine;

import dev.marquee.client.MarqueeJson;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.live.ServerMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the local copy of the list current: pulls the list's change feed into the cache, page by page, and applies
 * the check-ins the server pushes live. The engine serialises it with uploading.
 */
final class FeedSync {

    private final LocalCache cache;
    private final ServerLink server;
    private final WorkedList worked;
    private final int pageSize;
    private final Clock clock;

    FeedSync(LocalCache cache, ServerLink server, WorkedList worked, int pageSize, Clock clock) {
        this.cache = cache;
        this.server = server;
        this.worked = worked;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    /**
     * Pulls the list's changes since the stored cursor, each page committed with its cursor, until the local copy is
     * current. The first sync of a list loads every ticket.
     *
     * @return how many ticket changes arrived
     * @throws ServerUnavailableException if the server does not answer; the pages so far are kept
     */
    int pull(CheckInListView current, KioskEngine.SyncProgress progress) {
        long cursor = Long.parseLong(cache.setting(KioskEngine.CURSOR).orElse("0"));
        int expected = cursor == 0 ? server.call(() -> server.client().checkIn().attendance(current.id())).expected() : -1;
        int synced = 0;
        ChangeFeed page;
        do {
            long after = cursor;
            page = server.call(() -> server.client().checkIn().changes(current.id(), after, pageSize));
            Instant now = clock.instant();
            cache.apply(page, MarqueeJson.mapper().writeValueAsString(page.list()), now);
            worked.list(page.list());
            worked.keys(page.publicKeys());
            worked.syncedAt(now);
            cursor = page.next();
            synced += page.tickets().size();
            progress.onPage(synced, expected);
        } while (page.hasMore());
        return synced;
    }

    /**
     * Applies a check-in another gate made, as the server pushed it.
     *
     * @return whether it belonged to the worked list
     */
    boolean applyLive(ServerMessage.CheckInTick tick) {
        CheckInListView current = worked.list();
        if (current == null || !current.id().value().toString().equals(tick.listId())) {
            return false;
        }
        cache.applyCheckIn(UUID.fromString(tick.ticketId()), tick.inside(), tick.at(), tick.gate());
        worked.syncedAt(clock.instant());
        return true;
    }
}
