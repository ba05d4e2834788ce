package dev.marquee.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.Page;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.VenueId;
import dev.marquee.model.auth.AuditEntryView;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.auth.UserView;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.OrderStatus;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.PublicCheckoutRequest;
import dev.marquee.model.booking.PublicCheckoutResponse;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.booking.TicketStatus;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
import dev.marquee.model.catalog.PublicEventView;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import dev.marquee.model.ticket.TicketCheck;
import dev.marquee.testing.ServerUnderTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed client against the real server with its demo data. */
class MarqueeClientTest {

    private static final String PASSWORD = "marquee-demo";

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
    void logsInAndListsTheOrganizersEvents() {
        MarqueeClient client = client();

        LoginResponse login = client.login("organizer", PASSWORD);
        Page<EventView> events = client.catalog().events(EventQuery.all());

        assertThat(login.roles()).containsExactly(Role.ORGANIZER);
        assertThat(client.session()).contains(login);
        assertThat(client.accessToken()).contains(login.token());
        assertThat(events.items()).extracting(EventView::title)
                .contains("The Lanterns: Winter Tour", "Late Night Comedy Club", "New Year's Eve Gala");
        assertThat(client.catalog().events(EventQuery.all().withStatus(EventStatus.DRAFT)).items())
                .isNotEmpty().allSatisfy(event -> assertThat(event.status()).isEqualTo(EventStatus.DRAFT));
        assertThat(client.catalog().events(EventQuery.all().matching("Lanterns")).items()).singleElement()
                .satisfies(event -> assertThat(event.startsAt().getOffset().getTotalSeconds()).isPositive());
    }

    @Test
    void pagesThroughEventsByCursor() {
        MarqueeClient client = as("organizer");

        Page<EventView> first = client.catalog().events(EventQuery.all().withLimit(1));
        Page<EventView> second = client.catalog().events(EventQuery.all().withLimit(1).withCursor(first.nextCursor()));

        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).singleElement().isNotEqualTo(first.items().getFirst());
    }

    @Test
    void sellsTwoTicketsForCashWithChangeAndClosesTheShiftWithItsZReport() {
        MarqueeClient seller = newSeller();
        EventView concert = concert(seller);
        TicketTypeView standing = ticketType(seller, concert.id(), "Standing");

        ShiftView shift = seller.boxOffice().openShift(new OpenShiftRequest("Counter 1", eur(20000), null));
        assertThat(seller.boxOffice().currentShift()).map(ShiftView::id).contains(shift.id());
        HoldView hold = seller.boxOffice().placeHold(concert.id(), new HoldRequest(List.of(new HoldItem(standing.id(), 2))));
        assertThat(seller.boxOffice().hold(hold.holdId()).total()).isEqualTo(eur(7800));
        SaleReceipt receipt = seller.boxOffice().checkout(hold.holdId(),
                new BoxOfficeCheckoutRequest(PaymentMethod.CASH, eur(10000), null, null, "Mia Muster", null), IdempotencyKey.next());

        assertThat(receipt.changeDue()).isEqualTo(eur(2200));
        assertThat(receipt.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(receipt.order().tickets()).hasSize(2);
        assertThat(new String(seller.orders().ticketsPdf(receipt.order().id()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        OrderTicketView first = receipt.order().tickets().get(0);
        OrderTicketView second = receipt.order().tickets().get(1);
        TicketCheck check = seller.orders().verifyTicket(first.qrText());
        assertThat(check.verdict()).isEqualTo("GENUINE");
        assertThat(seller.catalog().signingKeys(concert.id())).isNotEmpty();

        OrderView refunded = seller.orders().refund(receipt.order().id(), new RefundRequest(List.of(first.id()), "Cannot come"));
        assertThat(refunded.refunded()).isEqualTo(eur(3900));
        assertThat(refunded.tickets()).filteredOn(ticket -> ticket.id().equals(first.id()))
                .singleElement().extracting(OrderTicketView::status).isEqualTo(TicketStatus.REVOKED);
        assertThat(seller.orders().reissueTicket(receipt.order().id(), second.id()).serial()).isEqualTo(2);
        assertThat(seller.orders().find(receipt.order().code(), null, 10)).extracting(OrderView::id).containsExactly(receipt.order().id());
        assertThat(seller.orders().order(receipt.order().id()).buyerName()).isEqualTo("Mia Muster");

        ZReport report = seller.boxOffice().closeShift(shift.id(), new CloseShiftRequest(eur(23900)));
        assertThat(report.expectedCash()).isEqualTo(eur(23900));
        assertThat(report.variance()).isEqualTo(eur(0));
        assertThat(seller.boxOffice().zReport(shift.id())).isEqualTo(report);
        assertThat(seller.boxOffice().currentShift()).isEmpty();
    }

    @Test
    void refusesACounterSaleWithoutAnOpenShift() {
        MarqueeClient seller = newSeller();
        EventView concert = concert(seller);
        HoldView hold = seller.boxOffice().placeHold(concert.id(), oneOf(ticketType(seller, concert.id(), "Standing")));

        ConflictException refusal = catchThrowableOfType(ConflictException.class, () -> seller.boxOffice().checkout(hold.holdId(),
                new BoxOfficeCheckoutRequest(PaymentMethod.CASH, eur(3900), null, null, null, null), IdempotencyKey.next()));

        assertThat(refusal.type()).isEqualTo(ProblemTypes.NO_OPEN_SHIFT);
        assertThat(refusal.getMessage()).isEqualTo("Open a shift at your till, with its cash float, before selling.");
    }

    @Test
    void aWrongPasswordIsNotAuthenticatedWithAMessageForAPerson() {
        MarqueeClient client = client();

        NotAuthenticatedException failure = catchThrowableOfType(NotAuthenticatedException.class,
                () -> client.login("boxoffice", "not-the-password"));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.type()).isEqualTo(ProblemTypes.BAD_CREDENTIALS);
        assertThat(failure.getMessage()).isEqualTo("The username or password is wrong, or the account is disabled. Check both and try again.");
        assertThat(client.session()).isEmpty();
    }

    @Test
    void staffRequestsWithoutLoginAreNotAuthenticated() {
        assertThatThrownBy(() -> client().catalog().events(EventQuery.all()))
                .isInstanceOfSatisfying(NotAuthenticatedException.class,
                        failure -> assertThat(failure.type()).isEqualTo(ProblemTypes.UNAUTHENTICATED));
    }

    @Test
    void aRoleThatMayNotIsForbidden() {
        assertThatThrownBy(() -> as("boxoffice").staff().users())
                .isInstanceOfSatisfying(ForbiddenException.class, failure -> assertThat(failure.getMessage()).contains("administrator"));
    }

    @Test
    void soldOutIsAConflictNamingTheTicketType() {
        MarqueeClient organizer = as("organizer");
        EventView comedy = comedy(organizer);
        TicketTypeView lastSeat = organizer.inventory().createTicketType(comedy.id(), new TicketTypeRequest("Last seat " + UUID.randomUUID(),
                eur(5000), 1, null, null, 1, Visibility.PUBLIC, Set.of()));
        HoldView taken = organizer.boxOffice().placeHold(comedy.id(), oneOf(lastSeat));

        ConflictException soldOut = catchThrowableOfType(ConflictException.class, () -> organizer.boxOffice().placeHold(comedy.id(), oneOf(lastSeat)));

        assertThat(soldOut.type()).isEqualTo(ProblemTypes.SOLD_OUT);
        assertThat(soldOut.properties()).containsEntry("ticketTypeId", lastSeat.id().toString());
        assertThat(soldOut.getMessage()).isNotBlank().doesNotContain("Exception");

        organizer.boxOffice().releaseHold(taken.holdId());
        assertThat(organizer.boxOffice().placeHold(comedy.id(), oneOf(lastSeat)).items()).hasSize(1);
    }

    @Test
    void invalidInputIsAValidationExceptionListingEachField() {
        MarqueeClient organizer = as("organizer");
        EventView concert = concert(organizer);
        EventRequest untitled = new EventRequest(concert.venueId(), " ", null, null, LocalDateTime.now().plusDays(5),
                LocalDateTime.now().plusDays(5).plusHours(2), null, 120);

        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> organizer.catalog().createEvent(untitled));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.type()).isEqualTo(ProblemTypes.VALIDATION_FAILED);
        assertThat(invalid.fieldErrors()).extracting(ValidationException.FieldError::field).containsExactly("minimumAge", "title");
        assertThat(invalid.errorFor("title")).isPresent();
        assertThat(invalid.getMessage()).startsWith("Some fields are invalid");
    }

    @Test
    void moreTicketsThanAnOrderMayHoldIsRefusedWithItsType() {
        MarqueeClient organizer = as("organizer");
        EventView concert = concert(organizer);
        TicketTypeView vip = ticketType(organizer, concert.id(), "VIP balcony");

        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> organizer.boxOffice().placeHold(concert.id(),
                new HoldRequest(List.of(new HoldItem(vip.id(), vip.maxPerOrder() + 1)))));

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.type()).isEqualTo(ProblemTypes.LIMIT_EXCEEDED);
    }

    @Test
    void anUnreachableServerIsReportedInWordsForAPerson() throws IOException {
        URI nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = URI.create("http://localhost:" + socket.getLocalPort());
        }
        MarqueeClient client = track(MarqueeClient.builder(nobody).retryBackoff(Duration.ofMillis(10)).build());

        ServerUnreachableException failure = catchThrowableOfType(ServerUnreachableException.class, () -> client.login("admin", PASSWORD));

        assertThat(failure.status()).isZero();
        assertThat(failure.isConnectionProblem()).isTrue();
        assertThat(failure.getMessage()).isEqualTo("Cannot reach the Marquee server at " + nobody
                + ". Check the network and that the server is running.");
        assertThatThrownBy(() -> client.shop().events(EventQuery.all())).isInstanceOf(ServerUnreachableException.class);
    }

    @Test
    void aCheckoutSentAgainWithTheSameKeySellsOnce() {
        MarqueeClient organizer = as("organizer");
        EventView concert = concert(organizer);
        int before = ticketType(organizer, concert.id(), "Standing").available();
        HoldRequest two = new HoldRequest(List.of(new HoldItem(ticketType(organizer, concert.id(), "Standing").id(), 2)));
        IdempotencyKey holdClick = IdempotencyKey.next();
        IdempotencyKey payClick = IdempotencyKey.next();
        BoxOfficeCheckoutRequest card = new BoxOfficeCheckoutRequest(PaymentMethod.CARD_TERMINAL, null, "TRM-0042", null, null, null);

        HoldView hold = organizer.boxOffice().placeHold(concert.id(), two, holdClick);
        HoldView holdAgain = organizer.boxOffice().placeHold(concert.id(), two, holdClick);
        SaleReceipt sale = organizer.boxOffice().checkout(hold.holdId(), card, payClick);
        SaleReceipt saleAgain = organizer.boxOffice().checkout(hold.holdId(), card, payClick);

        assertThat(holdAgain.holdId()).isEqualTo(hold.holdId());
        assertThat(saleAgain.order().id()).isEqualTo(sale.order().id());
        assertThat(ticketType(organizer, concert.id(), "Standing").available()).isEqualTo(before - 2);
        assertThat(organizer.orders().find(null, concert.id(), 200)).filteredOn(order -> order.id().equals(sale.order().id())).hasSize(1);
    }

    @Test
    void takesAnEventFromDraftThroughPublishedToCancelled() {
        MarqueeClient organizer = as("organizer");
        VenueId venue = concert(organizer).venueId();
        String title = "Harbour Jazz " + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.now().plusDays(30).withNano(0);

        EventView draft = organizer.catalog().createEvent(new EventRequest(venue, title, "Trio", "Jazz", start, start.plusHours(2), null, null));
        EventView revised = organizer.catalog().updateEvent(draft.id(),
                new EventRequest(venue, title, "Quartet", "Jazz", start, start.plusHours(3), null, 16));
        QuotaView quota = organizer.inventory().createQuota(draft.id(), new QuotaRequest("Room", 100));
        QuotaView bigger = organizer.inventory().updateQuota(draft.id(), quota.id(), new QuotaRequest("Room", 120));
        TicketTypeRequest seated = new TicketTypeRequest("Seated", eur(2500), 100, null, null, 6, Visibility.PUBLIC, Set.of(quota.id()));
        TicketTypeView type = organizer.inventory().createTicketType(draft.id(), seated);
        TicketTypeView repriced = organizer.inventory().updateTicketType(draft.id(), type.id(),
                new TicketTypeRequest("Seated", eur(2800), 100, null, null, 6, Visibility.PUBLIC, Set.of(quota.id())));
        EventView published = organizer.catalog().publishEvent(draft.id());
        PublicEventView shown = organizer.shop().event(draft.id());

        assertThat(revised.description()).isEqualTo("Quartet");
        assertThat(revised.minimumAge()).isEqualTo(16);
        assertThat(bigger.capacity()).isEqualTo(120);
        assertThat(organizer.inventory().quotas(draft.id())).extracting(QuotaView::id).containsExactly(quota.id());
        assertThat(repriced.price()).isEqualTo(eur(2800));
        assertThat(organizer.catalog().events(EventQuery.all().matching(title)).items()).extracting(EventView::id).containsExactly(draft.id());
        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(shown.ticketTypes()).singleElement().satisfies(availability -> assertThat(availability.available()).isEqualTo(100));
        assertThatThrownBy(() -> organizer.catalog().completeEvent(draft.id())).isInstanceOf(ConflictException.class);
        assertThat(organizer.catalog().cancelEvent(draft.id(), "Band unwell").status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(organizer.catalog().event(draft.id()).status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void deletesADraftWithItsTicketTypes() {
        MarqueeClient organizer = as("organizer");
        VenueId venue = concert(organizer).venueId();
        LocalDateTime start = LocalDateTime.now().plusDays(60).withNano(0);
        EventView draft = organizer.catalog().createEvent(new EventRequest(venue, "Maybe " + UUID.randomUUID(), null, null, start,
                start.plusHours(1), null, null));
        QuotaView quota = organizer.inventory().createQuota(draft.id(), new QuotaRequest("Room", 10));
        TicketTypeView type = organizer.inventory().createTicketType(draft.id(),
                new TicketTypeRequest("Entry", eur(1000), 10, null, null, 2, Visibility.BOX_OFFICE, Set.of()));

        organizer.inventory().deleteTicketType(draft.id(), type.id());
        organizer.inventory().deleteQuota(draft.id(), quota.id());
        assertThat(organizer.inventory().ticketTypes(draft.id())).isEmpty();
        organizer.catalog().deleteEvent(draft.id());

        assertThatThrownBy(() -> organizer.catalog().event(draft.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdministratorManagesOrganizersVenuesAndAccountsAndReadsTheAudit() {
        MarqueeClient admin = as("admin");

        OrganizerView organizer = admin.catalog().createOrganizer(new OrganizerRequest("Dock Club " + UUID.randomUUID()));
        OrganizerView renamed = admin.catalog().renameOrganizer(organizer.id(), new OrganizerRequest("Dockside Club"));
        VenueView venue = admin.catalog().createVenue(new VenueRequest(organizer.id(), "Shed 7", "Pier 7, Hamburg", 300, "Europe/Berlin"));
        VenueView bigger = admin.catalog().updateVenue(venue.id(), new VenueRequest(organizer.id(), "Shed 7", "Pier 7, Hamburg", 350,
                "Europe/Berlin"));
        String username = "door-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = admin.staff().createUser(new CreateUserRequest(username, "Dora Door", "a-long-password", Set.of(Role.GATE),
                Set.of(organizer.id())));
        UserView disabled = admin.staff().updateUser(user.id(), new UpdateUserRequest("Dora Door", Set.of(Role.GATE), Set.of(organizer.id()),
                false, null));

        assertThat(admin.catalog().organizer(organizer.id()).name()).isEqualTo(renamed.name()).isEqualTo("Dockside Club");
        assertThat(admin.catalog().organizers()).extracting(OrganizerView::id).contains(organizer.id());
        assertThat(admin.catalog().venue(venue.id()).capacity()).isEqualTo(bigger.capacity()).isEqualTo(350);
        assertThat(admin.catalog().venues()).extracting(VenueView::id).contains(venue.id());
        assertThat(admin.staff().user(user.id()).enabled()).isEqualTo(disabled.enabled()).isFalse();
        assertThat(admin.staff().users()).extracting(UserView::username).contains(username, "admin");

        admin.catalog().deleteVenue(venue.id());
        admin.staff().deleteUser(user.id());
        assertThatThrownBy(() -> admin.catalog().venue(venue.id())).isInstanceOf(NotFoundException.class);
        assertThat(admin.staff().users()).extracting(UserView::username).doesNotContain(username);

        Page<AuditEntryView> logins = admin.staff().auditLog("LOGIN", null, 5);
        assertThat(logins.items()).isNotEmpty().allSatisfy(entry -> assertThat(entry.action()).isEqualTo("LOGIN"));
        assertThat(admin.staff().auditLog(null, null, 1).items()).hasSize(1);
    }

    @Test
    void sellsOnlineWithoutAnAccountAndHandsOutThePdf() {
        MarqueeClient buyer = client();
        PublicEventView comedy = buyer.shop().events(EventQuery.all().matching("Comedy")).items().getFirst();
        PublicEventView details = buyer.shop().event(comedy.id());
        HoldView hold = buyer.shop().placeHold(comedy.id(),
                new HoldRequest(List.of(new HoldItem(details.ticketTypes().getFirst().ticketTypeId(), 2))));

        PublicCheckoutResponse paid = buyer.shop().checkout(hold.holdId(), new PublicCheckoutRequest("Ola Online", "ola@example.org"));
        byte[] pdf = buyer.shop().ticketsPdf(paid.code(), paid.accessSecret());

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> buyer.shop().ticketsPdf(paid.code(), "wrong-secret")).isInstanceOf(ApiException.class)
                .extracting(failure -> ((ApiException) failure).status()).isNotEqualTo(200);

        MarqueeClient organizer = as("organizer");
        assertThat(organizer.orders().find(paid.code(), null, 5)).extracting(OrderView::id).containsExactly(paid.orderId());
        assertThat(organizer.orders().cancel(paid.orderId()).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void logsOutAndForgetsTheToken() {
        MarqueeClient client = as("gate");
        String token = client.accessToken().orElseThrow();

        client.logout();

        assertThat(client.session()).isEmpty();
        assertThat(client.accessToken()).isEmpty();
        assertThat(token).isNotBlank();
        assertThatThrownBy(() -> client.catalog().organizers()).isInstanceOf(NotAuthenticatedException.class);
    }

    // ---------------------------------------------------------------- helpers

    private MarqueeClient client() {
        return track(MarqueeClient.create(server.url()));
    }

    private MarqueeClient as(String username) {
        MarqueeClient client = client();
        client.login(username, PASSWORD);
        return client;
    }

    private MarqueeClient track(MarqueeClient client) {
        clients.add(client);
        return client;
    }

    /** A box-office seller of its own, so that shifts of different tests never meet. */
    private MarqueeClient newSeller() {
        MarqueeClient admin = as("admin");
        OrganizerId demo = admin.catalog().organizers().stream().filter(o -> o.name().equals("Harbour Lights Live")).findFirst().orElseThrow().id();
        String username = "seller-" + UUID.randomUUID().toString().substring(0, 8);
        admin.staff().createUser(new CreateUserRequest(username, "Sam Seller", "a-long-password", Set.of(Role.BOX_OFFICE), Set.of(demo)));
        MarqueeClient seller = client();
        seller.login(username, "a-long-password");
        return seller;
    }

    private static EventView concert(MarqueeClient client) {
        return client.catalog().events(EventQuery.all().matching("The Lanterns")).items().getFirst();
    }

    private static EventView comedy(MarqueeClient client) {
        return client.catalog().events(EventQuery.all().matching("Late Night Comedy")).items().getFirst();
    }

    private static TicketTypeView ticketType(MarqueeClient client, EventId event, String name) {
        return client.inventory().ticketTypes(event).stream().filter(type -> type.name().equals(name)).findFirst().orElseThrow();
    }

    private static HoldRequest oneOf(TicketTypeView type) {
        return new HoldRequest(List.of(new HoldItem(type.id(), 1)));
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }
}
