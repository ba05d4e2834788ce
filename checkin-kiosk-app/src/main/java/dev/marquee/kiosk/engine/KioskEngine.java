package dev.marquee.kiosk.engine;

import dev.marquee.client.MarqueeJson;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.checkin.OfflineScan;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import dev.marquee.model.checkin.Verdict;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.model.ticket.EventKeys;
import dev.marquee.model.ticket.TicketTokenCodec;
import dev.marquee.model.ticket.TicketVerification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-in kiosk without its screen: pairing, the choice of a list, the local copy of that list, verdicts online
 * and offline, and the upload of offline scans. The JavaFX app drives it; so can a benchmark or a test.
 *
 * <pre>{@code
 * KioskApi api = new KioskApi(URI.create("http://localhost:8080"));
 * try (KioskEngine kiosk = KioskEngine.open(Path.of("kiosk-data"), api, KioskOptions.gate("North"))) {
 *     kiosk.pair("K7Q2-M9XD");                        // once; the token is kept in the data dir
 *     kiosk.chooseList(kiosk.lists(eventId).getFirst(), "The Lanterns");
 *     kiosk.sync((synced, expected) -> { });          // the whole list into the local H2 file
 *     ScanOutcome verdict = kiosk.scan(qrText, Instant.now());
 *     kiosk.uploadPending();                          // after an outage
 *     kiosk.start();                                  // or let a background loop sync, upload and listen live
 * }
 * }</pre>
 *
 * <p><b>Online and offline.</b> While the server answers, each scan is redeemed on the server, which is
 * authoritative. When a call times out or fails, the engine goes offline by itself and decides from its local data
 * with {@link TicketTokenCodec#verify} and {@link CheckInRules#decide}, exactly as the server does; the next
 * successful call (the background loop tries every {@link KioskOptions#syncInterval()}) brings it back online.
 *
 * <p><b>Nothing lost.</b> Every scan is committed to the local H2 file before its verdict is returned: an online scan
 * is stored before it is sent and updated with the answer; an offline one is stored with its verdict. Offline scans
 * are uploaded in batches under their own ids, which the server takes once, so an upload cut short is simply
 * repeated. A scan sent online whose answer never came (the process died) is sent again under the same id.
 *
 * <p><b>Revoked.</b> When the server answers 401 to the device token, the engine wipes its local data and is no
 * longer {@link #isPaired() paired}; the calls throw {@link DeviceRevokedException}.
 *
 * <p>Methods may be called from any thread; {@link #scan} never blocks longer than the API's timeouts.
 */
public final class KioskEngine implements AutoCloseable {

    static final String SERVER = "server";
    static final String TOKEN = "device_token";
    static final String DEVICE_NAME = "device_name";
    static final String LIST = "list";
    static final String EVENT_TITLE = "event_title";
    static final String CURSOR = "cursor";
    static final String SYNCED_AT = "synced_at";

    private static final Logger LOG = LoggerFactory.getLogger(KioskEngine.class);
    private static final int MAX_TOKEN = 2000;

    private final LocalCache cache;
    private final KioskApi api;
    private final KioskOptions options;
    private final ReentrantLock syncLock = new ReentrantLock();
    private final List<Consumer<KioskStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    private volatile boolean online = true;
    private volatile CheckInListView list;
    private volatile String eventTitle;
    private volatile List<PublicKey> keys = List.of();
    private volatile Map<UUID, String> typeNames = Map.of();
    private volatile Instant syncedAt;
    private volatile boolean closed;

    // Guarded by this.
    private ScheduledExecutorService loop;
    private LiveUpdates live;

    private KioskEngine(LocalCache cache, KioskApi api, KioskOptions options) {
        this.cache = cache;
        this.api = api;
        this.options = options;
        cache.setting(TOKEN).ifPresent(api::useDeviceToken);
        cache.setting(LIST).ifPresent(json -> list = MarqueeJson.mapper().readValue(json, CheckInListView.class));
        eventTitle = cache.setting(EVENT_TITLE).orElse(null);
        syncedAt = cache.setting(SYNCED_AT).map(Instant::parse).orElse(null);
        keys = decode(cache.publicKeys());
        typeNames = cache.ticketTypeNames();
    }

    /**
     * Opens the kiosk's data directory, creating it and its H2 database if needed, and picks up the pairing and list
     * kept there. Nothing runs in the background until {@link #start()}.
     *
     * @param dataDir where the H2 file lives; one kiosk per directory
     * @param api     the server to talk to; its device token is set from the stored pairing
     * @param options the gate and the sync rhythm
     */
    public static KioskEngine open(Path dataDir, KioskApi api, KioskOptions options) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the kiosk's data directory " + dataDir, e);
        }
        return new KioskEngine(LocalCache.open(dataDir), Objects.requireNonNull(api, "api"), Objects.requireNonNull(options, "options"));
    }

    /** The server a kiosk in this data directory was paired with, if any; for building its {@link KioskApi}. */
    public static Optional<URI> pairedServer(Path dataDir) {
        if (!Files.exists(dataDir.resolve("kiosk.mv.db"))) {
            return Optional.empty();
        }
        try (LocalCache cache = LocalCache.open(dataDir)) {
            return cache.setting(TOKEN).isPresent() ? cache.setting(SERVER).map(URI::create) : Optional.empty();
        }
    }

    /** Whether the kiosk holds a device token. */
    public boolean isPaired() {
        return api.deviceToken().isPresent();
    }

    /** The server this engine talks to. */
    public URI server() {
        return api.baseUrl();
    }

    /** The gate scans are recorded at. */
    public String gate() {
        return options.gate();
    }

    /**
     * Pairs the kiosk with a one-time code from the organizer console and keeps the device token.
     *
     * @throws RequestRefusedException    if the code is unknown, used or expired
     * @throws ServerUnavailableException if the server does not answer
     */
    public DeviceToken pair(String code) {
        DeviceToken token = call(() -> api.pair(code));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(SERVER, api.baseUrl().toString());
        settings.put(TOKEN, token.token());
        settings.put(DEVICE_NAME, token.deviceName());
        cache.putSettings(settings);
        notifyStatus();
        return token;
    }

    /** The published events the kiosk may scan for. */
    public List<EventView> events() {
        return call(api::publishedEvents);
    }

    /** The check-in lists of an event. */
    public List<CheckInListView> lists(EventId event) {
        return call(() -> api.lists(event));
    }

    /**
     * Works this list from now on: forgets the previous list's tickets and starts the feed from the beginning; call
     * {@link #sync} next. Scans not yet uploaded are kept.
     *
     * @param chosen     the list
     * @param eventTitle its event's title, for the screen
     */
    public void chooseList(CheckInListView chosen, String eventTitle) {
        Map<UUID, String> names = new HashMap<>();
        for (TicketTypeView type : call(() -> api.ticketTypes(chosen.eventId()))) {
            names.put(type.id().value(), type.name());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(LIST, MarqueeJson.mapper().writeValueAsString(chosen));
        settings.put(EVENT_TITLE, eventTitle);
        settings.put(CURSOR, "0");
        settings.put(SYNCED_AT, null);
        cache.forgetList(settings);
        cache.replaceTicketTypes(names);
        this.list = chosen;
        this.eventTitle = eventTitle;
        this.typeNames = Map.copyOf(names);
        this.keys = List.of();
        this.syncedAt = null;
        restartLive();
        notifyStatus();
    }

    /** The list the kiosk works, if chosen. */
    public Optional<CheckInListView> list() {
        return Optional.ofNullable(list);
    }

    /** The title of the chosen list's event, if chosen. */
    public Optional<String> eventTitle() {
        return Optional.ofNullable(eventTitle);
    }

    /** Pulls changes until the local copy is current, without reporting progress. */
    public int sync() {
        return sync((synced, expected) -> { });
    }

    /**
     * Pulls the list's changes since the stored cursor, page by page, each page committed with its cursor, until the
     * local copy is current. The first sync of a list loads every ticket.
     *
     * @param progress told after each page how many tickets this sync brought and how many the list holds (or -1 if
     *                 unknown); for a progress bar
     * @return how many ticket changes arrived
     * @throws ServerUnavailableException if the server does not answer; the pages so far are kept
     */
    public int sync(SyncProgress progress) {
        CheckInListView current = requireList();
        syncLock.lock();
        try {
            long cursor = Long.parseLong(cache.setting(CURSOR).orElse("0"));
            int expected = cursor == 0 ? call(() -> api.attendance(current.id())).expected() : -1;
            int synced = 0;
            ChangeFeed page;
            do {
                long after = cursor;
                page = call(() -> api.changes(current.id(), after, options.pageSize()));
                Instant now = Instant.now();
                cache.apply(page, MarqueeJson.mapper().writeValueAsString(page.list()), now);
                list = page.list();
                if (page.publicKeys() != null && !page.publicKeys().isEmpty()) {
                    keys = decode(page.publicKeys());
                }
                syncedAt = now;
                cursor = page.next();
                synced += page.tickets().size();
                progress.onPage(synced, expected);
            } while (page.hasMore());
            return synced;
        } finally {
            syncLock.unlock();
            notifyStatus();
        }
    }

    /** Scans an entry. See {@link #scan(String, Instant, Direction)}. */
    public ScanOutcome scan(String code, Instant now) {
        return scan(code, now, Direction.ENTRY);
    }

    /**
     * Decides a scanned code: on the server while online, else locally. The scan is committed to the local database
     * before this returns.
     *
     * @param code      the scanned text, exactly as read
     * @param now       when it was scanned
     * @param direction entry or exit
     * @return the verdict to show
     * @throws IllegalStateException  if no list is chosen
     * @throws DeviceRevokedException if the server shut this kiosk out; the local data is wiped
     */
    public ScanOutcome scan(String code, Instant now, Direction direction) {
        CheckInListView current = requireList();
        String token = code == null ? "" : code.strip();
        if (token.length() > MAX_TOKEN) {
            token = token.substring(0, MAX_TOKEN);
        }
        UUID scanId = UUID.randomUUID();
        if (!online) {
            return decideOffline(current, scanId, token, now, direction, false);
        }
        inFlight.add(scanId);
        try {
            cache.recordSent(scanId, token, now, options.gate(), direction);
            RedeemResult result;
            try {
                result = api.redeem(new RedeemRequest(token, current.id(), options.gate(), scanId, now, direction));
            } catch (ServerUnavailableException | RequestRefusedException e) {
                LOG.info("Deciding scan {} offline: {}", scanId, e.getMessage());
                if (e instanceof ServerUnavailableException) {
                    goOffline();
                }
                return decideOffline(current, scanId, token, now, direction, true);
            } catch (DeviceRevokedException e) {
                revoked();
                throw e;
            }
            goOnline();
            UUID ticketId = result.ticketId() == null ? null : result.ticketId().value();
            cache.recordAnswer(scanId, result.verdict(), result.reason(), ticketId, direction, now, options.gate());
            notifyStatus();
            return new ScanOutcome(scanId, result.verdict(), result.reason(), result.holderName(), result.ticketType(), result.firstAdmittedAt(),
                    result.firstGate(), false);
        } finally {
            inFlight.remove(scanId);
        }
    }

    private ScanOutcome decideOffline(CheckInListView current, UUID scanId, String token, Instant now, Direction direction, boolean sent) {
        UUID eventId = current.eventId().value();
        List<PublicKey> eventKeys = keys;
        TicketVerification verification = TicketTokenCodec.verify(token, event -> event.equals(eventId) ? eventKeys : List.of());
        CheckInRules.Decision decision = CheckInRules.decide(verification, rules(current), cache::ticket, cache::presence, direction, now);
        ScanOutcome outcome = switch (decision) {
            case CheckInRules.Decision.Admit admit -> new ScanOutcome(scanId, Verdict.ADMITTED, null, admit.ticket().holderName(),
                    typeNames.get(admit.ticket().ticketTypeId()), null, null, true);
            case CheckInRules.Decision.Reject reject -> new ScanOutcome(scanId, Verdict.REJECTED, reject.reason(),
                    reject.ticket() == null ? null : reject.ticket().holderName(),
                    reject.ticket() == null ? null : typeNames.get(reject.ticket().ticketTypeId()),
                    reject.presence() == null ? null : reject.presence().firstAdmittedAt(),
                    reject.presence() == null ? null : reject.presence().firstGate(), true);
        };
        UUID ticketId = decision instanceof CheckInRules.Decision.Admit admit ? admit.ticket().ticketId() : null;
        cache.recordOffline(scanId, token, now, options.gate(), direction, outcome.verdict(), outcome.reason(), ticketId, sent);
        notifyStatus();
        return outcome;
    }

    private static CheckInRules.ListRules rules(CheckInListView list) {
        Set<UUID> types = list.ticketTypeIds().stream().map(TicketTypeId::value).collect(Collectors.toSet());
        return new CheckInRules.ListRules(list.eventId().value(), types, list.validFrom(), list.validUntil(), list.allowExit(), list.allowReentry());
    }

    /**
     * Sends what the server has not got yet: online scans whose answer was lost (asked again under the same id) and
     * offline scans in batches, oldest first. Each batch is marked uploaded only after the server took it, so a
     * failure part-way just leaves the rest for the next call.
     *
     * @throws ServerUnavailableException if the server does not answer; what was sent so far stays sent
     */
    public UploadReport uploadPending() {
        CheckInListView current = requireList();
        syncLock.lock();
        try {
            int resent = 0;
            for (LocalCache.PendingScan scan : cache.scans(LocalCache.ScanState.SENT, 1000)) {
                if (inFlight.contains(scan.scanId())) {
                    continue;
                }
                RedeemResult result = call(() -> api.redeem(new RedeemRequest(scan.token(), current.id(), scan.gate(), scan.scanId(),
                        scan.scannedAt(), scan.direction())));
                cache.recordAnswer(scan.scanId(), result.verdict(), result.reason(), result.ticketId() == null ? null : result.ticketId().value(),
                        scan.direction(), scan.scannedAt(), scan.gate());
                resent++;
            }
            int uploaded = 0;
            int accepted = 0;
            int repeated = 0;
            List<ScanBatchResult.DuplicateEntry> duplicates = new ArrayList<>();
            List<LocalCache.PendingScan> batch;
            while (!(batch = cache.scans(LocalCache.ScanState.QUEUED, options.uploadBatch())).isEmpty()) {
                List<OfflineScan> scans = batch.stream().map(LocalCache.PendingScan::toOffline).toList();
                ScanBatchResult result = call(() -> api.upload(current.id(), new ScanBatch(scans)));
                cache.markUploaded(batch);
                uploaded += batch.size();
                accepted += result.accepted();
                repeated += result.repeated();
                duplicates.addAll(result.duplicates());
            }
            if (uploaded > 0 || resent > 0) {
                LOG.info("Uploaded {} offline scans ({} new, {} repeated, {} duplicate entries) and resent {}", uploaded, accepted, repeated,
                        duplicates.size(), resent);
            }
            return new UploadReport(uploaded, accepted, repeated, resent, List.copyOf(duplicates));
        } finally {
            syncLock.unlock();
            notifyStatus();
        }
    }

    /**
     * Starts the background loop (upload, then sync, every {@link KioskOptions#syncInterval()}) and, if enabled, live
     * check-ins over the WebSocket. Failures there only switch the kiosk offline.
     */
    public synchronized void start() {
        if (loop != null || closed) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kiosk-sync");
            thread.setDaemon(true);
            return thread;
        });
        long period = options.syncInterval().toMillis();
        loop.scheduleWithFixedDelay(this::catchUp, 0, period, TimeUnit.MILLISECONDS);
        restartLive();
    }

    /** Asks the background loop to upload and sync now rather than at its next turn. */
    public synchronized void catchUpSoon() {
        if (loop != null) {
            loop.execute(this::catchUp);
        }
    }

    private void catchUp() {
        if (!isPaired() || list == null || closed) {
            return;
        }
        try {
            uploadPending();
            sync();
        } catch (ServerUnavailableException e) {
            LOG.debug("Still offline: {}", e.getMessage());
        } catch (DeviceRevokedException e) {
            LOG.warn("This kiosk was revoked; its local data is wiped");
        } catch (RuntimeException e) {
            LOG.warn("Background sync failed", e);
        }
    }

    private synchronized void restartLive() {
        if (live != null) {
            live.close();
            live = null;
        }
        CheckInListView current = list;
        if (loop == null || !options.live() || current == null || !isPaired()) {
            return;
        }
        String listId = current.id().value().toString();
        live = LiveUpdates.builder(api.baseUrl(), api::deviceToken).build();
        live.subscribe(Topic.checkins(current.eventId()), update -> {
            if (update instanceof ServerMessage.CheckInTick tick && listId.equals(tick.listId())) {
                cache.applyCheckIn(UUID.fromString(tick.ticketId()), tick.inside(), tick.at(), tick.gate());
                syncedAt = Instant.now();
                notifyStatus();
            }
        }, this::catchUpSoon);
        live.start();
    }

    /** What the status bar shows now. */
    public KioskStatus status() {
        CheckInListView current = list;
        int pending = cache.countScans(EnumSet.of(LocalCache.ScanState.SENT, LocalCache.ScanState.QUEUED));
        if (current == null) {
            return new KioskStatus(isPaired(), null, online, null, 0, 0, pending);
        }
        Set<UUID> types = current.ticketTypeIds().stream().map(TicketTypeId::value).collect(Collectors.toSet());
        return new KioskStatus(isPaired(), current.name(), online, syncedAt, cache.expected(types), cache.admitted(), pending);
    }

    /** Whether the server answered the last call. */
    public boolean isOnline() {
        return online;
    }

    /**
     * Hears the status after each scan, sync, upload, live check-in and switch between online and offline; on the
     * thread that caused it, so hand over to the UI thread.
     */
    public void addStatusListener(Consumer<KioskStatus> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (live != null) {
                live.close();
                live = null;
            }
            if (loop != null) {
                loop.shutdownNow();
                try {
                    loop.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        syncLock.lock();
        try {
            cache.close();
        } finally {
            syncLock.unlock();
        }
    }

    private <T> T call(Supplier<T> request) {
        try {
            T result = request.get();
            goOnline();
            return result;
        } catch (ServerUnavailableException e) {
            goOffline();
            throw e;
        } catch (DeviceRevokedException e) {
            revoked();
            throw e;
        }
    }

    private void goOnline() {
        if (!online) {
            online = true;
            LOG.info("Back online");
            notifyStatus();
            catchUpSoon();
        }
    }

    private void goOffline() {
        if (online) {
            online = false;
            LOG.warn("Offline: deciding scans locally until the server answers again");
            notifyStatus();
        }
    }

    private void revoked() {
        cache.wipe();
        api.useDeviceToken(null);
        list = null;
        eventTitle = null;
        keys = List.of();
        typeNames = Map.of();
        syncedAt = null;
        synchronized (this) {
            if (live != null) {
                live.close();
                live = null;
            }
        }
        notifyStatus();
    }

    private void notifyStatus() {
        if (listeners.isEmpty() || closed) {
            return;
        }
        KioskStatus status = status();
        for (Consumer<KioskStatus> listener : listeners) {
            listener.accept(status);
        }
    }

    private CheckInListView requireList() {
        CheckInListView current = list;
        if (current == null) {
            throw new IllegalStateException(isPaired() ? "Choose a check-in list first" : "Pair the kiosk first");
        }
        return current;
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

    /** Hears the first sync's progress. */
    @FunctionalInterface
    public interface SyncProgress {

        /**
         * @param synced   tickets this sync brought so far
         * @param expected tickets on the list, or -1 if unknown
         */
        void onPage(int synced, int expected);
    }
}
