package dev.marquee.server.inventory;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Returns the tickets of lapsed holds to sale. Each batch claims its holds with {@code FOR UPDATE SKIP LOCKED},
 * so any number of server instances may sweep at the same time without releasing a hold twice.
 */
@Component
class HoldExpiry {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);
    private static final int BATCH = 200;

    private final Holds holds;
    private final Inventory inventory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HoldExpiry(Holds holds, Inventory inventory, TransactionTemplate transactions, Clock clock) {
        this.holds = holds;
        this.inventory = inventory;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Releases every lapsed hold, batch by batch. */
    void sweep() {
        int released;
        do {
            released = releaseBatch();
        } while (released == BATCH);
    }

    /** Releases one batch of expired holds in one transaction; returns how many it claimed. */
    int releaseBatch() {
        Integer count = transactions.execute(status -> {
            List<Hold> expired = holds.claimExpired(clock.instant(), BATCH);
            expired.forEach(hold -> inventory.release(hold.getId(), HoldReleased.Reason.EXPIRED));
            return expired.size();
        });
        if (count != null && count > 0) {
            log.info("Released {} expired holds", count);
        }
        return count == null ? 0 : count;
    }
}
