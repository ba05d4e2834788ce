package dev.marquee.console;

import dev.marquee.client.BoxOfficeApi;
import dev.marquee.client.MarqueeClient;
import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.model.inventory.HoldItem;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.PaymentMethod;
import java.util.List;

/** Sells tickets the way the box office does (docs/selling.md): open a shift, hold, pay cash. */
final class BoxOfficeSale {

    private BoxOfficeSale() {
    }

    static SaleReceipt sell(EventId event, TicketTypeId type, int quantity, String buyer) {
        try (MarqueeClient client = DemoAccounts.signIn("boxoffice")) {
            BoxOfficeApi boxOffice = client.boxOffice();
            if (boxOffice.currentShift().isEmpty()) {
                boxOffice.openShift(new OpenShiftRequest("Counter 1", Money.parse("200.00", "EUR"), null));
            }
            HoldView hold = boxOffice.placeHold(event, new HoldRequest(List.of(new HoldItem(type, quantity))));
            return boxOffice.checkout(hold.holdId(), new BoxOfficeCheckoutRequest(PaymentMethod.CASH, hold.total(), null, null, buyer, null));
        }
    }
}
