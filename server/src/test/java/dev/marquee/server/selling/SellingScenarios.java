package dev.marquee.server.selling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.Money;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.Visibility;
import dev.marquee.server.payment.SimulatedPaymentGateway;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.OpenApiContract;
import dev.marquee.server.support.SalesFixture;
import dev.marquee.server.support.TicketScanner;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The sale over HTTP, as the box office and online buyers drive it. Subclasses run it on H2 and on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OpenApiContract.class)
abstract class SellingScenarios {

    @LocalServerPort
    int port;

    @Autowired
    SimulatedPaymentGateway gateway;

    Api api;
    SalesFixture fixture;
    SalesFixture.Shop shop;

    @BeforeEach
    void openShop() {
        api = new Api(port);
        fixture = new SalesFixture(api);
        Map<String, int[]> types = new LinkedHashMap<>();
        types.put("Standing", new int[] {50, 3900});
        types.put("VIP", new int[] {10, 8900});
        types.put("Guest list", new int[] {5, 0, 1});
        shop = fixture.shop(60, types);
    }

    @AfterEach
    void approvePaymentsAgain() {
        gateway.answerWith(SimulatedPaymentGateway.Mode.APPROVE);
    }

    @Test
    void boxOfficeSellsForCashWithChangeRefundsOneTicketAndClosesTheShift() {
        String shift = fixture.openShift(shop, 20_000);
        String seller = shop.boxOfficeToken();
        Api.Response hold = hold(seller, shop.type("Standing"), 2);
        assertThat(hold.body().path("total").path("amountMinor").asLong()).isEqualTo(7800);
        assertThat(available("Standing")).isEqualTo(48);

        Api.Response sale = api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", seller,
                Map.of("method", "CASH", "tendered", Money.parse("100.00", "EUR"), "buyerName", "Mia Muster"));

        assertThat(sale.status()).as(sale.raw()).isEqualTo(201);
        assertThat(sale.body().path("changeDue").path("amountMinor").asLong()).isEqualTo(2200);
        JsonNode order = sale.body().path("order");
        assertThat(order.path("status").asString()).isEqualTo("PAID");
        assertThat(order.path("code").asString()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(order.path("tickets").size()).isEqualTo(2);
        assertThat(available("Standing")).isEqualTo(48);

        String ticket = order.path("tickets").get(0).path("id").asString();
        Api.Response refunded = api.post("/api/v1/orders/" + order.path("id").asString() + "/refund", seller,
                Map.of("ticketIds", List.of(ticket), "reason", "Cannot come"));
        assertThat(refunded.status()).as(refunded.raw()).isEqualTo(200);
        assertThat(refunded.text("status")).isEqualTo("PAID");
        assertThat(refunded.body().path("refunded").path("amountMinor").asLong()).isEqualTo(3900);
        assertThat(refunded.body().path("tickets").valueStream().map(t -> t.path("status").asString()))
                .containsExactlyInAnyOrder("VALID", "REVOKED");
        assertThat(available("Standing")).isEqualTo(49);

        Api.Response report = api.post("/api/v1/shifts/" + shift + "/close", seller, Map.of("countedCash", Money.parse("238.00", "EUR")));
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(minor(report, "openingFloat")).isEqualTo(20_000);
        assertThat(minor(report, "cashSales")).isEqualTo(7800);
        assertThat(minor(report, "cashRefunds")).isEqualTo(3900);
        assertThat(minor(report, "expectedCash")).isEqualTo(23_900);
        assertThat(minor(report, "countedCash")).isEqualTo(23_800);
        assertThat(minor(report, "variance")).isEqualTo(-100);
        JsonNode cash = report.body().path("byMethod").get(0);
        assertThat(cash.path("method").asString()).isEqualTo("CASH");
        assertThat(cash.path("charges").asInt()).isEqualTo(1);
        assertThat(cash.path("net").path("amountMinor").asLong()).isEqualTo(3900);
        assertThat(api.get("/api/v1/shifts/" + shift + "/z-report", seller).body()).isEqualTo(report.body());
    }

    @Test
    void boxOfficeWithoutAShiftCannotSellButTheHoldSurvives() {
        Api.Response hold = hold(shop.boxOfficeToken(), shop.type("VIP"), 1);
        Map<String, Object> cash = Map.of("method", "CASH", "tendered", Money.parse("89.00", "EUR"));

        Api.Response refused = api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(), cash);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo(ProblemTypes.NO_OPEN_SHIFT.toString());

        fixture.openShift(shop, 0);
        assertThat(api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(), cash).status()).isEqualTo(201);
    }

    @Test
    void paymentDetailsAreCheckedBeforeAnythingIsSold() {
        fixture.openShift(shop, 0);
        String seller = shop.boxOfficeToken();
        Api.Response hold = hold(seller, shop.type("VIP"), 1);
        String checkout = "/api/v1/holds/" + hold.text("holdId") + "/checkout";

        Api.Response tooLittle = api.post(checkout, seller, Map.of("method", "CASH", "tendered", Money.parse("50.00", "EUR")));
        assertThat(tooLittle.status()).isEqualTo(400);
        assertThat(tooLittle.body().path("errors").get(0).path("field").asString()).isEqualTo("tendered");
        Api.Response noReference = api.post(checkout, seller, Map.of("method", "CARD_TERMINAL"));
        assertThat(noReference.status()).isEqualTo(400);
        Api.Response comp = api.post(checkout, seller, Map.of("method", "COMPLIMENTARY", "reason", "Friend of the band"));
        assertThat(comp.status()).isEqualTo(403);
        assertThat(available("VIP")).as("still held, nothing sold").isEqualTo(9);

        Api.Response card = api.post(checkout, seller, Map.of("method", "CARD_TERMINAL", "terminalReference", "TRM-0042"));
        assertThat(card.status()).as(card.raw()).isEqualTo(201);
        assertThat(card.body().path("changeDue").isNull()).isTrue();
        assertThat(card.body().path("order").path("method").asString()).isEqualTo("CARD_TERMINAL");
    }

    @Test
    void organizersGiveComplimentaryTicketsThatRefundNothing() {
        Api.Response hold = hold(shop.organizerToken(), shop.type("Guest list"), 2);
        Api.Response comp = api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.organizerToken(),
                Map.of("method", "COMPLIMENTARY", "reason", "Press"));
        assertThat(comp.status()).as(comp.raw()).isEqualTo(201);
        String order = comp.body().path("order").path("id").asString();

        Api.Response refunded = api.post("/api/v1/orders/" + order + "/refund", shop.organizerToken(), Map.of());

        assertThat(refunded.text("status")).isEqualTo("REFUNDED");
        assertThat(refunded.body().path("refunded").path("amountMinor").asLong()).isZero();
        assertThat(available("Guest list")).isEqualTo(5);
    }

    @Test
    void aRefundNeverExceedsWhatWasPaid() {
        fixture.openShift(shop, 0);
        String order = sellForCash(shop.type("VIP"), 1);
        String seller = shop.boxOfficeToken();
        String ticket = api.get("/api/v1/orders/" + order, seller).body().path("tickets").get(0).path("id").asString();

        assertThat(api.post("/api/v1/orders/" + order + "/refund", seller, Map.of("ticketIds", List.of(ticket))).text("status"))
                .isEqualTo("REFUNDED");
        Api.Response again = api.post("/api/v1/orders/" + order + "/refund", seller, Map.of("ticketIds", List.of(ticket)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo(ProblemTypes.ILLEGAL_TRANSITION.toString());
        long refundedTotal = api.get("/api/v1/orders/" + order, seller).body().path("refunded").path("amountMinor").asLong();
        assertThat(refundedTotal).isEqualTo(8900);
    }

    @Test
    void cancellingAPaidOrderRefundsItWholeAndFreesItsPlaces() {
        fixture.openShift(shop, 0);
        String order = sellForCash(shop.type("Standing"), 3);
        assertThat(available("Standing")).isEqualTo(47);

        Api.Response cancelled = api.post("/api/v1/orders/" + order + "/cancel", shop.boxOfficeToken(), null);

        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.body().path("refunded").path("amountMinor").asLong()).isEqualTo(11_700);
        assertThat(cancelled.body().path("tickets").valueStream().map(t -> t.path("status").asString())).containsOnly("REVOKED");
        assertThat(available("Standing")).isEqualTo(50);
    }

    @Test
    void aDeclinedOnlinePaymentLeavesNoHalfSoldOrder() {
        gateway.answerWith(SimulatedPaymentGateway.Mode.DECLINE);
        Api.Response hold = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, SalesFixture.holdBody(shop.type("VIP"), 2));
        assertThat(available("VIP")).isEqualTo(8);

        Api.Response checkout = api.post("/api/v1/public/holds/" + hold.text("holdId") + "/checkout", null, buyer("decline"));

        assertThat(checkout.status()).isEqualTo(402);
        assertThat(checkout.problemType()).isEqualTo(ProblemTypes.PAYMENT_FAILED.toString());
        assertThat(checkout.text("detail")).contains("declined").contains("nothing was charged");
        assertThat(available("VIP")).as("the hold was released").isEqualTo(10);
        JsonNode orders = api.get("/api/v1/orders?q=decline%40example.org", shop.organizerToken()).body();
        assertThat(orders.size()).isEqualTo(1);
        assertThat(orders.get(0).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(orders.get(0).path("tickets").size()).isZero();
    }

    @Test
    void aTimedOutOnlinePaymentLeavesNoHalfSoldOrder() {
        gateway.answerWith(SimulatedPaymentGateway.Mode.TIMEOUT);
        Api.Response hold = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                SalesFixture.holdBody(shop.type("Standing"), 1));

        Api.Response checkout = api.post("/api/v1/public/holds/" + hold.text("holdId") + "/checkout", null, buyer("slow"));

        assertThat(checkout.status()).isEqualTo(402);
        assertThat(checkout.text("detail")).contains("did not answer in time");
        assertThat(available("Standing")).isEqualTo(50);
        Api.Response retry = api.post("/api/v1/public/holds/" + hold.text("holdId") + "/checkout", null, buyer("slow"));
        assertThat(retry.problemType()).isEqualTo(ProblemTypes.HOLD_EXPIRED.toString());
    }

    @Test
    void onlineBuyersSeeAvailabilityBuyAndDownloadTicketsThatVerify() throws Exception {
        JsonNode event = api.get("/api/v1/public/events/" + shop.eventId(), null).body();
        assertThat(event.path("ticketTypes").valueStream().map(t -> t.path("name").asString()))
                .as("box-office-only types are not offered online").containsExactly("Standing", "VIP");

        Api.Response hold = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, SalesFixture.holdBody(shop.type("VIP"), 2));
        assertThat(hold.status()).as(hold.raw()).isEqualTo(201);
        Api.Response checkout = api.post("/api/v1/public/holds/" + hold.text("holdId") + "/checkout", null, buyer("online"));
        assertThat(checkout.status()).as(checkout.raw()).isEqualTo(201);
        String code = checkout.text("code");
        String secret = checkout.text("accessSecret");

        HttpResponse<byte[]> wrongSecret = api.bytes("/api/v1/public/orders/" + code + "/tickets.pdf?secret=guess", null);
        assertThat(wrongSecret.statusCode()).isEqualTo(404);
        HttpResponse<byte[]> pdf = api.bytes("/api/v1/public/orders/" + code.toLowerCase().replace("-", "") + "/tickets.pdf?secret="
                + secret, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));

        List<String> tokens = TicketScanner.qrTexts(pdf.body());
        assertThat(tokens).hasSize(2).allSatisfy(token -> assertThat(token).startsWith("MQ1:"));
        Api.Response check = api.post("/api/v1/tickets/verify", shop.organizerToken(), Map.of("token", tokens.get(0)));
        assertThat(check.text("verdict")).isEqualTo("GENUINE");
        assertThat(check.text("status")).isEqualTo("VALID");
        String genuine = tokens.get(0);
        int inSignature = genuine.length() - 6;
        String forged = genuine.substring(0, inSignature) + (genuine.charAt(inSignature) == 'A' ? 'B' : 'A')
                + genuine.substring(inSignature + 1);
        assertThat(api.post("/api/v1/tickets/verify", shop.organizerToken(), Map.of("token", forged)).text("verdict"))
                .isIn("FORGED", "UNREADABLE");
        assertThat(api.post("/api/v1/tickets/verify", shop.organizerToken(), Map.of("token", "hello")).text("verdict"))
                .isEqualTo("UNREADABLE");
    }

    @Test
    void reissuingAndRefundingStopOldQrCodes() {
        fixture.openShift(shop, 0);
        String order = sellForCash(shop.type("Standing"), 1);
        JsonNode ticket = api.get("/api/v1/orders/" + order, shop.boxOfficeToken()).body().path("tickets").get(0);
        String oldToken = ticket.path("qrText").asString();

        Api.Response reissued = api.post("/api/v1/orders/" + order + "/tickets/" + ticket.path("id").asString() + "/reissue",
                shop.boxOfficeToken(), null);

        assertThat(reissued.body().path("serial").asInt()).isEqualTo(2);
        assertThat(reissued.text("qrText")).isNotEqualTo(oldToken);
        Api.Response old = api.post("/api/v1/tickets/verify", shop.boxOfficeToken(), Map.of("token", oldToken));
        assertThat(old.text("verdict")).isEqualTo("GENUINE");
        assertThat(old.body().path("currentSerial").asBoolean()).isFalse();
        api.post("/api/v1/orders/" + order + "/refund", shop.boxOfficeToken(), Map.of());
        Api.Response refunded = api.post("/api/v1/tickets/verify", shop.boxOfficeToken(), Map.of("token", reissued.text("qrText")));
        assertThat(refunded.text("status")).isEqualTo("REVOKED");
    }

    @Test
    void refusesHoldsThatAreTooLargeNotOnSaleOrSoldOut() {
        Api.Response tooMany = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                SalesFixture.holdBody(shop.type("Standing"), 11));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.problemType()).isEqualTo(ProblemTypes.LIMIT_EXCEEDED.toString());

        Api.Response guestList = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                SalesFixture.holdBody(shop.type("Guest list"), 1));
        assertThat(guestList.problemType()).isEqualTo(ProblemTypes.NOT_ON_SALE.toString());

        for (int i = 0; i < 1; i++) {
            assertThat(hold(shop.boxOfficeToken(), shop.type("VIP"), 10).status()).isEqualTo(201);
        }
        Api.Response soldOut = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null,
                SalesFixture.holdBody(shop.type("VIP"), 1));
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.problemType()).isEqualTo(ProblemTypes.SOLD_OUT.toString());
        assertThat(soldOut.text("detail")).contains("VIP");
    }

    @Test
    void ticketTypeCapacityCannotFallBelowWhatIsSold() {
        fixture.openShift(shop, 0);
        sellForCash(shop.type("VIP"), 4);

        Api.Response shrink = api.put("/api/v1/events/" + shop.eventId() + "/ticket-types/" + shop.type("VIP"), shop.organizerToken(),
                new TicketTypeRequest("VIP", Money.parse("89.00", "EUR"), 3, null, null, 10, Visibility.PUBLIC,
                        Set.of(dev.marquee.model.QuotaId.of(shop.quotaId()))));

        assertThat(shrink.status()).isEqualTo(409);
        assertThat(shrink.text("detail")).contains("4 sold");
    }

    @Test
    void aRetriedCheckoutNeverSellsTwice() {
        fixture.openShift(shop, 0);
        Api.Response hold = hold(shop.boxOfficeToken(), shop.type("Standing"), 2);
        String key = UUID.randomUUID().toString();
        Map<String, Object> cash = Map.of("method", "CASH", "tendered", Money.parse("80.00", "EUR"));
        String path = "/api/v1/holds/" + hold.text("holdId") + "/checkout";

        Api.Response first = api.post(path, shop.boxOfficeToken(), cash, key);
        Api.Response retry = api.post(path, shop.boxOfficeToken(), cash, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(available("Standing")).isEqualTo(48);

        Api.Response otherBody = api.post(path, shop.boxOfficeToken(), Map.of("method", "CARD_TERMINAL", "terminalReference", "X"), key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.problemType()).isEqualTo(ProblemTypes.IDEMPOTENCY_KEY_REUSED.toString());
    }

    @Test
    void retriesThatRaceTheFirstRequestAreToldToComeBackAndNeverHoldTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = SalesFixture.holdBody(shop.type("Standing"), 3);
        String path = "/api/v1/public/events/" + shop.eventId() + "/holds";
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> attempts = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                attempts.add(clients.submit(() -> {
                    start.await();
                    return api.post(path, null, body, key);
                }));
            }
            start.countDown();
        }
        Set<String> holdIds = new HashSet<>();
        for (Future<Api.Response> attempt : attempts) {
            Api.Response answer = attempt.get();
            if (answer.status() == 409) {
                // No request thread waits for another: a racing retry is told at once when to ask again.
                assertThat(answer.problemType()).isEqualTo(ProblemTypes.IDEMPOTENCY_IN_PROGRESS.toString());
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
                holdIds.add(answer.text("holdId"));
            }
        }
        Api.Response later = api.post(path, null, body, key);
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        holdIds.add(later.text("holdId"));
        assertThat(holdIds).as("one hold, however often asked").hasSize(1);
        assertThat(available("Standing")).isEqualTo(47);
    }

    @Test
    void staffFindOrdersByCodeEmailOrName() {
        Api.Response hold = api.post("/api/v1/public/events/" + shop.eventId() + "/holds", null, SalesFixture.holdBody(shop.type("VIP"), 1));
        Api.Response checkout = api.post("/api/v1/public/holds/" + hold.text("holdId") + "/checkout", null,
                Map.of("buyerName", "Zoë Findme", "buyerEmail", "zoe.findme@example.org"));
        String code = checkout.text("code");
        String token = shop.boxOfficeToken();

        assertThat(codes(api.get("/api/v1/orders?q=" + code.toLowerCase().replace("-", ""), token))).containsExactly(code);
        assertThat(codes(api.get("/api/v1/orders?q=FINDME%40example", token))).containsExactly(code);
        assertThat(codes(api.get("/api/v1/orders?q=zo%C3%AB", token))).containsExactly(code);
        assertThat(codes(api.get("/api/v1/orders?q=nobody-like-this", token))).isEmpty();
    }

    private Api.Response hold(String token, String typeId, int quantity) {
        Api.Response hold = api.post("/api/v1/events/" + shop.eventId() + "/holds", token, SalesFixture.holdBody(typeId, quantity));
        assertThat(hold.status()).as(hold.raw()).isEqualTo(201);
        return hold;
    }

    private String sellForCash(String typeId, int quantity) {
        Api.Response hold = hold(shop.boxOfficeToken(), typeId, quantity);
        Api.Response sale = api.post("/api/v1/holds/" + hold.text("holdId") + "/checkout", shop.boxOfficeToken(),
                Map.of("method", "CASH", "tendered", Money.parse("1000.00", "EUR")));
        assertThat(sale.status()).as(sale.raw()).isEqualTo(201);
        return sale.body().path("order").path("id").asString();
    }

    private int available(String typeName) {
        return api.get("/api/v1/events/" + shop.eventId() + "/ticket-types", shop.organizerToken()).body().valueStream()
                .filter(type -> type.path("name").asString().equals(typeName)).findFirst().orElseThrow().path("available").asInt();
    }

    private static Map<String, String> buyer(String name) {
        return Map.of("buyerName", "Buyer " + name, "buyerEmail", name + "@example.org");
    }

    private static long minor(Api.Response response, String field) {
        return response.body().path(field).path("amountMinor").asLong();
    }

    private static List<String> codes(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().valueStream().map(order -> order.path("code").asString()).toList();
    }
}
