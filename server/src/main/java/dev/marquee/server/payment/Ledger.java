package dev.marquee.server.payment;

import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.payment.LedgerEntryView;
import dev.marquee.model.payment.PaymentMethod;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only ledger: charges and refunds are inserted, never changed or removed. */
@Repository
class Ledger {

    static final String CHARGE = "CHARGE";
    static final String REFUND = "REFUND";

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(OrderId order, OrganizerId organizer, String kind, PaymentMethod method, Money amount, String reference, ShiftId shift,
            Instant at) {
        jdbc.sql("""
                insert into ledger_entry (order_id, organizer_id, kind, method, amount_minor, currency, reference, shift_id, at)
                values (:order, :organizer, :kind, :method, :amount, :currency, :reference, :shift, :at)
                """)
                .param("order", order.value()).param("organizer", organizer.value()).param("kind", kind)
                .param("method", method.name()).param("amount", amount.amountMinor()).param("currency", amount.currencyCode())
                .param("reference", reference).param("shift", shift == null ? null : shift.value())
                .param("at", Timestamps.utc(at))
                .update();
    }

    List<LedgerEntryView> ofOrder(OrderId order) {
        return jdbc.sql("select * from ledger_entry where order_id = :order order by seq").param("order", order.value())
                .query(Ledger::row).list();
    }

    List<LedgerEntryView> ofShift(ShiftId shift) {
        return jdbc.sql("select * from ledger_entry where shift_id = :shift order by seq").param("shift", shift.value())
                .query(Ledger::row).list();
    }

    private static LedgerEntryView row(ResultSet rs, int n) throws SQLException {
        UUID shift = rs.getObject("shift_id", UUID.class);
        return new LedgerEntryView(rs.getLong("seq"), new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("kind"),
                PaymentMethod.valueOf(rs.getString("method")), Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
                rs.getString("reference"), shift == null ? null : new ShiftId(shift), rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
