package dev.marquee.kiosk.engine;

import dev.marquee.client.EventQuery;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.MarqueeJson;
import dev.marquee.client.live.LiveUpdates;
import dev.marquee.model.EventId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.CheckInRules;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.model.ticket.TicketTokenCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-in kiosk without its screen: pairing, the choice of a list, the local copy of that list, verdicts online
 * and offline, and the upload of offline scans. The JavaFX app drives it; so can a benchmark or a test. The work is
 * split by concern: {@link FeedSync} pulls the list into the local cache, {@link Scanning} decides verdicts,
 * {@link ScanUpload} sends offline scans, {@link ServerLink} knows whether the server answers; this class pairs,
 * chooses the list, runs the background loop and tells the status.
 *
 * <pre>{@code
 * try (KioskEngine kiosk = KioskEngine.open(Path.of("kiosk-data"), KioskEngine.clientFor(server), KioskOptions.gate("North"))) {
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
 * <p>Methods may be called from any thread; {@link #scan} never blocks longer than the client's timeouts.
 */
public final class KioskEngine implements AutoCloseable {

    /** Time to open a connection before the server counts as unreachable. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    /** Time to wait for the server's answer before it counts as unreachable. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);

    static final String SERVER = "server";
    static final String TOKEN = "device_token";
    static final String DEVICE_NAME = "device_name";
    static final String LIST = "list";
    static final String EVENT_TITLE = "event_title";
    static final String CURSOR = "cursor";
    static final String SYNCED_AT = "synced_at";

    private static final Logger LOG = LoggerFactory.getLogger(KioskEngine.class);
    private static final int EVENTS_SHOWN = 100;

    private final LocalCache cache;
    private final MarqueeClient client;
    private final KioskOptions options;
    private final WorkedList worked;
    private final ServerLink server;
    private final FeedSync feed;
    private final Scanning scanning;
    private final ScanUpload upload;
    /** One at a time of syncing, uploading and closing, which all write the cache in several steps. */
    private final ReentrantLock syncLock = new ReentrantLock();
    private final List<Consumer<KioskStatus>> listeners = new CopyOnWriteArrayList<>();

    private volatile boolean closed;

    // Guarded by this.
    private ScheduledExecutorService loop;
    private LiveUpdates live;

    private KioskEngine(LocalCache cache, MarqueeClient client, KioskOptions options) {
        this.cache = cache;
        this.client = client;
        this.options = options;
        cache.setting(TOKEN).ifPresent(client::useDeviceToken);
        this.worked = WorkedList.from(cache);
        this.server = new ServerLink(client, this::revoked, this::catchUpSoon, this::notifyStatus);
        this.feed = new FeedSync(cache, server, worked, options.pageSize(), options.clock());
        this.scanning = new Scanning(cache, server, worked, options.gate(), this::notifyStatus);
        this.upload = new ScanUpload(cache, server, scanning::inFlight, options.uploadBatch());
    }

    /**
     * A client for the door: short timeouts and no retries, because a server slow to answer at a door is as good as
     * gone and a retry would double the wait; the kiosk decides offline instead.
     *
     * @param server the server, such as {@code http://localhost:8080}
     */
    public static MarqueeClient clientFor(URI server) {
        return MarqueeClient.builder(server)
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .readTimeout(DEFAULT_READ_TIMEOUT)
                .callTimeout(DEFAULT_CONNECT_TIMEOUT.plus(DEFAULT_READ_TIMEOUT.multipliedBy(3)))
                .maxRetries(0)
                .build();
    }

    /**
     * Opens the kiosk's data directory, creating it and its H2 database if needed, and picks up the pairing and list
     * kept there. Nothing runs in the background until {@link #start()}.
     *
     * @param dataDir where the H2 file lives; one kiosk per directory
     * @param client  the server to talk to, best made with {@link #clientFor}; its device token is set from the stored
     *                pairing, and the engine closes it when it closes
     * @param options the gate and the sync rhythm
     */
    public static KioskEngine open(Path dataDir, MarqueeClient client, KioskOptions options) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the kiosk's data directory " + dataDir, e);
        }
        return new KioskEngine(LocalCache.open(dataDir), Objects.requireNonNull(client, "client"), Objects.requireNonNull(options, "options"));
    }

    /** The server a kiosk in this data directory was paired with, if any; for building its client. */
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
        return client.accessToken().isPresent();
    }

    /** The server this engine talks to. */
    public URI server() {
        return client.baseUrl();
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
        DeviceToken token = server.call(() -> client.devices().pair(code));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(SERVER, client.baseUrl().toString());
        settings.put(TOKEN, token.token());
        settings.put(DEVICE_NAME, token.deviceName());
        cache.putSettings(settings);
        notifyStatus();
        return token;
    }

    /** The published events the kiosk may scan for, soonest first. */
    public List<EventView> events() {
        return server.call(() -> client.catalog().events(EventQuery.all().withStatus(EventStatus.PUBLISHED).withLimit(EVENTS_SHOWN)).items());
    }

    /** The check-in lists of an event. */
    public List<CheckInListView> lists(EventId event) {
        return server.call(() -> client.checkIn().lists(event));
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
        for (TicketTypeView type : server.call(() -> client.inventory().ticketTypes(chosen.eventId()))) {
            names.put(type.id().value(), type.name());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(LIST, MarqueeJson.mapper().writeValueAsString(chosen));
        settings.put(EVENT_TITLE, eventTitle);
        settings.put(CURSOR, "0");
        settings.put(SYNCED_AT, null);
        cache.forgetList(settings);
        cache.replaceTicketTypes(names);
        worked.choose(chosen, eventTitle, names);
        restartLive();
        notifyStatus();
    }

    /** The list the kiosk works, if chosen. */
    public Optional<CheckInListView> list() {
        return Optional.ofNullable(worked.list());
    }

    /** The title of the chosen list's event, if chosen. */
    public Optional<String> eventTitle() {
        return Optional.ofNullable(worked.eventTitle());
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
            return feed.pull(current, progress);
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
        return scanning.scan(requireList(), code, now, direction);
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
            return upload.send(current);
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
        if (!isPaired() || worked.list() == null || closed) {
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
        CheckInListView current = worked.list();
        if (loop == null || !options.live() || current == null || !isPaired()) {
            return;
        }
        live = LiveUpdates.builder(client).build();
        live.subscribe(Topic.checkins(current.eventId()), update -> {
            if (update instanceof ServerMessage.CheckInTick tick && feed.applyLive(tick)) {
                notifyStatus();
            }
        }, this::catchUpSoon);
        live.start();
    }

    /** What the status bar shows now. */
    public KioskStatus status() {
        CheckInListView current = worked.list();
        int pending = cache.countScans(EnumSet.of(LocalCache.ScanState.SENT, LocalCache.ScanState.QUEUED));
        if (current == null) {
            return new KioskStatus(isPaired(), null, server.isOnline(), null, 0, 0, pending);
        }
        Set<UUID> types = current.ticketTypeIds().stream().map(TicketTypeId::value).collect(Collectors.toSet());
        return new KioskStatus(isPaired(), current.name(), server.isOnline(), worked.syncedAt(), cache.expected(types), cache.admitted(), pending);
    }

    /** Whether the server answered the last call. */
    public boolean isOnline() {
        return server.isOnline();
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
            client.close();
        }
    }

    private void revoked() {
        cache.wipe();
        client.useDeviceToken(null);
        worked.clear();
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
        CheckInListView current = worked.list();
        if (current == null) {
            throw new IllegalStateException(isPaired() ? "Choose a check-in list first" : "Pair the kiosk first");
        }
        return current;
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
