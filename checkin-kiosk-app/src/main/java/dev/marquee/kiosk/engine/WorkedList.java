package dev.marquee.kiosk.engine;

import dev.marquee.client.MarqueeJson;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.ticket.EventKeys;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The list the kiosk works and what deciding offline needs besides the local tickets: the event's signing keys and
 * the ticket types' names. Sync writes it, scanning reads it; each field is replaced whole, never changed in place.
 */
final class WorkedList {

    private static final Logger LOG = LoggerFactory.getLogger(WorkedList.class);

    private volatile CheckInListView list;
    private volatile String eventTitle;
    private volatile List<PublicKey> keys = List.of();
    private volatile Map<UUID, String> typeNames = Map.of();
    private volatile Instant syncedAt;

    /** What the cache kept from an earlier run. */
    static WorkedList from(LocalCache cache) {
        WorkedList worked = new WorkedList();
        cache.setting(KioskEngine.LIST).ifPresent(json -> worked.list = MarqueeJson.mapper().readValue(json, CheckInListView.class));
        worked.eventTitle = cache.setting(KioskEngine.EVENT_TITLE).orElse(null);
        worked.syncedAt = cache.setting(KioskEngine.SYNCED_AT).map(Instant::parse).orElse(null);
        worked.keys = decode(cache.publicKeys());
        worked.typeNames = cache.ticketTypeNames();
        return worked;
    }

    /** A newly chosen list, not synced yet. */
    void choose(CheckInListView chosen, String title, Map<UUID, String> names) {
        list = chosen;
        eventTitle = title;
        typeNames = Map.copyOf(names);
        keys = List.of();
        syncedAt = null;
    }

    /** Forgets everything, as after the kiosk was revoked. */
    void clear() {
        list = null;
        eventTitle = null;
        keys = List.of();
        typeNames = Map.of();
        syncedAt = null;
    }

    CheckInListView list() {
        return list;
    }

    void list(CheckInListView current) {
        list = current;
    }

    String eventTitle() {
        return eventTitle;
    }

    List<PublicKey> keys() {
        return keys;
    }

    /** Takes the signing keys of a feed page, unless the page brought none. */
    void keys(List<String> encoded) {
        if (encoded != null && !encoded.isEmpty()) {
            keys = decode(encoded);
        }
    }

    String typeName(UUID ticketType) {
        return typeNames.get(ticketType);
    }

    Instant syncedAt() {
        return syncedAt;
    }

    void syncedAt(Instant at) {
        syncedAt = at;
    }

    private static List<PublicKey> decode(List<String> texts) {
        List<PublicKey> decoded = new ArrayList<>();
        for (String text : texts) {
            try {
                decoded.add(EventKeys.decodePublic(text));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring an event key the kiosk cannot read: {}", e.getMessage());
            }
        }
        return List.copyOf(decoded);
    }
}
