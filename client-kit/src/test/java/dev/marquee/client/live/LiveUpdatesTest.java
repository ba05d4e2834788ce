package dev.marquee.client.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.marquee.client.ConnectionState;
import dev.marquee.client.EventQuery;
import dev.marquee.client.IdempotencyKey;
import dev.marquee.client.MarqueeClient;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.live.ServerMessage;
import dev.marquee.model.live.Topic;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.testing.ServerUnderTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live updates from the real server's WebSocket. */
class LiveUpdatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    private static ServerUnderTest server;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private MarqueeClient organizer;
    private EventView concert;
    private TicketTypeView standing;

    @BeforeAll
    static void startServer() {
        server = ServerUnderTest.start(dataDir);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void logIn() {
        organizer = track(loggedIn("organizer"));
        concert = organizer.catalog().events(EventQuery.all().matching("The Lanterns")).items().getFirst();
        standing = standing();
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void aSaleIsPushedAsNewAvailabilityAndASaleTick() {
        LiveUpdates live = track(LiveUpdates.builder(organizer).build());
        List<ServerMessage.Update> availability = new CopyOnWriteArrayList<>();
        List<ServerMessage.Update> sales = new CopyOnWriteArrayList<>();
        LiveUpdates.Subscription availabilityFeed = live.subscribe(Topic.availability(concert.id()), availability::add, () -> { });
        LiveUpdates.Subscription salesFeed = live.subscribe(Topic.sales(concert.organizerId()), sales::add, () -> { });
        live.start();
        await().atMost(PATIENCE).until(() -> availabilityFeed.isConfirmed() && salesFeed.isConfirmed());
        assertThat(live.state()).isEqualTo(ConnectionState.ONLINE);

        SaleReceipt sale = sell(3);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(availability)
                .anySatisfy(update -> assertThat(standingLeft(update)).isEqualTo(standing.available() - 3)));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sales).anySatisfy(update ->
                assertThat(update).isInstanceOfSatisfying(ServerMessage.SaleTick.class, tick -> {
                    assertThat(tick.orderId()).isEqualTo(sale.order().id());
                    assertThat(tick.tickets()).isEqualTo(3);
                    assertThat(tick.total()).isEqualTo(sale.order().total());
                })));
    }

    @Test
    void reconnectsAfterTheServerRestartsAndReceivesWhatFollows() {
        LiveUpdates live = track(LiveUpdates.builder(organizer).backoff(Duration.ofMillis(100), Duration.ofSeconds(1)).build());
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        live.addStateListener(states::add);
        List<ServerMessage.Update> updates = new CopyOnWriteArrayList<>();
        AtomicInteger refetches = new AtomicInteger();
        LiveUpdates.Subscription feed = live.subscribe(Topic.availability(concert.id()), updates::add, refetches::incrementAndGet);
        live.start();
        await().atMost(PATIENCE).until(feed::isConfirmed);
        sell(1);
        await().atMost(PATIENCE).until(() -> !updates.isEmpty());
        long seqBefore = updates.getLast().seq();

        server.stop();
        await().atMost(PATIENCE).until(() -> live.state() == ConnectionState.RECONNECTING);
        assertThat(feed.isConfirmed()).isFalse();
        server.restart();
        await().atMost(PATIENCE).until(() -> live.state() == ConnectionState.ONLINE && feed.isConfirmed());
        int left = standing().available();
        sell(2);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(updates).filteredOn(update -> update.seq() > seqBefore)
                .anySatisfy(update -> assertThat(standingLeft(update)).isEqualTo(left - 2)));
        assertThat(states).containsSubsequence(ConnectionState.RECONNECTING, ConnectionState.ONLINE, ConnectionState.RECONNECTING,
                ConnectionState.ONLINE);
        assertThat(updates).extracting(ServerMessage.Update::seq).doesNotHaveDuplicates().isSorted();
        assertThat(refetches).hasValue(0);
    }

    @Test
    void stopsReconnectingOnceItsSignInEnds() {
        MarqueeClient leaving = track(loggedIn("organizer"));
        LiveUpdates live = track(LiveUpdates.builder(leaving).backoff(Duration.ofMillis(100), Duration.ofSeconds(1)).build());
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        live.addStateListener(states::add);
        live.start();
        await().atMost(PATIENCE).until(() -> live.state() == ConnectionState.ONLINE);

        leaving.logout();

        await().atMost(PATIENCE).until(() -> live.state() == ConnectionState.OFFLINE);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> live.state() == ConnectionState.OFFLINE);
        assertThat(states).containsExactly(ConnectionState.RECONNECTING, ConnectionState.ONLINE, ConnectionState.OFFLINE);
    }

    @Test
    void aQuietConnectionStaysOnlineBecausePingsDrawHeartbeats() {
        LiveUpdates live = track(LiveUpdates.builder(organizer).silenceTimeout(Duration.ofSeconds(3)).build());
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        live.addStateListener(states::add);
        live.start();
        await().atMost(PATIENCE).until(() -> live.state() == ConnectionState.ONLINE);

        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(10)).until(() -> live.state() == ConnectionState.ONLINE);

        assertThat(states).containsExactly(ConnectionState.RECONNECTING, ConnectionState.ONLINE);
    }

    @Test
    void closingGoesOfflineForGood() {
        LiveUpdates live = LiveUpdates.builder(organizer).build();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        live.addStateListener(states::add);
        live.start();
        await().atMost(PATIENCE).until(() -> live.state() == ConnectionState.ONLINE);

        live.close();

        assertThat(live.state()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(states).containsExactly(ConnectionState.RECONNECTING, ConnectionState.ONLINE, ConnectionState.OFFLINE);
        assertThatThrownBy(() -> live.subscribe(Topic.availability(concert.id()), update -> { }, () -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTopicOutsideTheAccountsOrganizersIsNeverConfirmed() {
        LiveUpdates live = track(LiveUpdates.builder(organizer).build());
        LiveUpdates.Subscription foreign = live.subscribe(Topic.sales(OrganizerId.random()), update -> { }, () -> { });
        LiveUpdates.Subscription own = live.subscribe(Topic.sales(concert.organizerId()), update -> { }, () -> { });

        live.start();

        await().atMost(PATIENCE).until(own::isConfirmed);
        assertThat(foreign.isConfirmed()).isFalse();
    }

    private SaleReceipt sell(int quantity) {
        HoldView hold = organizer.boxOffice().placeHold(concert.id(), new HoldRequest(List.of(new HoldItem(standing.id(), quantity))));
        return organizer.boxOffice().checkout(hold.holdId(), new BoxOfficeCheckoutRequest(PaymentMethod.CARD_TERMINAL, null, "TRM-7", null, null, null),
                IdempotencyKey.next());
    }

    private TicketTypeView standing() {
        return organizer.inventory().ticketTypes(concert.id()).stream().filter(type -> type.name().equals("Standing")).findFirst().orElseThrow();
    }

    private int standingLeft(ServerMessage.Update update) {
        assertThat(update).isInstanceOf(ServerMessage.AvailabilityUpdate.class);
        return ((ServerMessage.AvailabilityUpdate) update).types().stream()
                .filter(count -> count.ticketTypeId().equals(standing.id()))
                .findFirst().orElseThrow().available();
    }

    private static MarqueeClient loggedIn(String username) {
        MarqueeClient client = MarqueeClient.create(server.url());
        client.login(username, ServerUnderTest.DEMO_PASSWORD);
        return client;
    }

    private <T extends AutoCloseable> T track(T closeable) {
        opened.add(closeable);
        return closeable;
    }
}
