package dev.marquee.server.booking;

import dev.marquee.server.inventory.HoldReleased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Cancels the pending online order of a hold that lapsed while its buyer was still at the checkout. */
@Component
class ExpiredHoldOrders {

    private final Sales sales;

    ExpiredHoldOrders(Sales sales) {
        this.sales = sales;
    }

    @ApplicationModuleListener
    void on(HoldReleased released) {
        if (released.reason() == HoldReleased.Reason.EXPIRED) {
            sales.cancelIfPending(released.holdId());
        }
    }
}
