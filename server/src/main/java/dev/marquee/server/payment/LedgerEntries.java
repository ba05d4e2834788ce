package dev.marquee.server.payment;

import dev.marquee.model.OrderId;
import dev.marquee.model.ShiftId;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The ledger. It offers no way to change or remove an entry: the ledger is append-only. */
interface LedgerEntries extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    List<LedgerEntry> findByOrderIdOrderBySeq(OrderId order);

    List<LedgerEntry> findByShiftIdOrderBySeq(ShiftId shift);

    boolean existsByOrderId(OrderId order);
}
