package dev.marquee.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.Direction;
import dev.marquee.model.checkin.FeedTicket;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.checkin.GateView;
import dev.marquee.model.checkin.OfflineScan;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import dev.marquee.model.checkin.Verdict;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.testing.ServerUnderTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check-in, kiosk devices and reports through the client, against the real server with its demo data. */
class CheckInClientTest {

    @TempDir
    static Path dataDir;

    private static ServerUnderTest server;

    private final List<MarqueeClient> clients = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = ServerUnderTest.start(dataDir);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(MarqueeClient::close);
    }

    @Test
    void aPairedKioskSyncsRedeemsAndUploadsUntilItIsRevoked() {
        MarqueeClient organizer = track(loggedIn("organizer"));
        EventView concert = organizer.catalog().events(EventQuery.all().matching("The Lanterns")).items().getFirst();
        TicketTypeView standing = organizer.inventory().ticketTypes(concert.id()).stream()
                .filter(type -> type.name().equals("Standing")).findFirst().orElseThrow();
        CheckInListView list = organizer.checkIn().createList(concert.id(),
                new CheckInListRequest("Client test " + UUID.randomUUID(), Set.of(standing.id()), null, null, false, false));
        GateView gate = organizer.checkIn().createGate(new GateRequest(concert.organizerId(), "North " + UUID.randomUUID()));
        List<OrderTicketView> sold = sell(organizer, concert, standing, 2).order().tickets();

        MarqueeClient kiosk = track(MarqueeClient.builder(server.url()).maxRetries(0).build());
        DeviceToken device = kiosk.devices().pair(organizer.devices().createPairingCode(new PairingCodeRequest(concert.organizerId(), "Door 1")).code());

        assertThat(kiosk.accessToken()).contains(device.token());
        assertThat(kiosk.session()).isEmpty();
        assertThat(organizer.checkIn().lists(concert.id())).extracting(CheckInListView::id).contains(list.id());
        assertThat(organizer.checkIn().gates(concert.organizerId())).extracting(GateView::id).contains(gate.id());
        assertThat(kiosk.catalog().events(EventQuery.all().withStatus(EventStatus.PUBLISHED)).items()).extracting(EventView::id)
                .contains(concert.id());

        ChangeFeed feed = kiosk.checkIn().changes(list.id(), 0, 10_000);
        assertThat(feed.list().id()).isEqualTo(list.id());
        assertThat(feed.publicKeys()).isNotEmpty();
        assertThat(feed.tickets()).extracting(FeedTicket::id).contains(sold.get(0).id(), sold.get(1).id());

        UUID scanId = UUID.randomUUID();
        RedeemRequest first = new RedeemRequest(sold.get(0).qrText(), list.id(), gate.name(), scanId, Instant.now(), Direction.ENTRY);
        RedeemResult admitted = kiosk.checkIn().redeem(first);
        RedeemResult repeated = kiosk.checkIn().redeem(first);
        RedeemResult again = kiosk.checkIn().redeem(new RedeemRequest(sold.get(0).qrText(), list.id(), gate.name(), UUID.randomUUID(),
                Instant.now(), Direction.ENTRY));
        assertThat(admitted.verdict()).isEqualTo(Verdict.ADMITTED);
        assertThat(repeated.verdict()).isEqualTo(Verdict.ADMITTED);
        assertThat(again.verdict()).isEqualTo(Verdict.REJECTED);

        OfflineScan offline = new OfflineScan(UUID.randomUUID(), sold.get(1).qrText(), Instant.now(), gate.name(), Direction.ENTRY,
                Verdict.ADMITTED, null);
        ScanBatchResult upload = kiosk.checkIn().uploadScans(list.id(), new ScanBatch(List.of(offline)));
        ScanBatchResult uploadAgain = kiosk.checkIn().uploadScans(list.id(), new ScanBatch(List.of(offline)));
        assertThat(upload.accepted()).isEqualTo(1);
        assertThat(uploadAgain.repeated()).isEqualTo(1);
        assertThat(organizer.checkIn().attendance(list.id()).admitted()).isEqualTo(2);

        assertThat(organizer.devices().devices(concert.organizerId())).extracting(DeviceView::id).contains(device.deviceId());
        organizer.devices().revoke(device.deviceId());
        assertThatThrownBy(() -> kiosk.checkIn().lists(concert.id())).isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void reportsTheSalesOfAnEventAndExportsThemAsCsv() {
        MarqueeClient organizer = track(loggedIn("organizer"));
        EventView concert = organizer.catalog().events(EventQuery.all().matching("The Lanterns")).items().getFirst();
        TicketTypeView standing = organizer.inventory().ticketTypes(concert.id()).stream()
                .filter(type -> type.name().equals("Standing")).findFirst().orElseThrow();
        SaleReceipt sale = sell(organizer, concert, standing, 1);

        assertThat(organizer.reports().salesSummary(concert.id()).ticketsSold()).isPositive();
        assertThat(organizer.reports().ordersCsv(concert.id())).contains(sale.order().code());
        assertThat(organizer.reports().attendeesCsv(concert.id())).contains(sale.order().tickets().getFirst().id().toString());
    }

    private static SaleReceipt sell(MarqueeClient seller, EventView event, TicketTypeView type, int quantity) {
        HoldView hold = seller.boxOffice().placeHold(event.id(), new HoldRequest(List.of(new HoldItem(type.id(), quantity))));
        return seller.boxOffice().checkout(hold.holdId(), new BoxOfficeCheckoutRequest(PaymentMethod.CARD_TERMINAL, null, "TRM-7", null, null, null));
    }

    private static MarqueeClient loggedIn(String username) {
        MarqueeClient client = MarqueeClient.create(server.url());
        client.login(username, ServerUnderTest.DEMO_PASSWORD);
        return client;
    }

    private MarqueeClient track(MarqueeClient client) {
        clients.add(client);
        return client;
    }
}
