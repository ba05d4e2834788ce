package dev.marquee.server.reporting;

import dev.marquee.model.OrderId;
import dev.marquee.server.booking.OrderCancelled;
import dev.marquee.server.booking.OrderPaid;
import dev.marquee.server.booking.OrderSummary;
import dev.marquee.server.checkin.AttendeeCheckedIn;
import dev.marquee.server.inventory.TicketTypeDefined;
import dev.marquee.server.inventory.TicketTypeRemoved;
import dev.marquee.server.payment.RefundIssued;
import dev.marquee.server.platform.Timestamps;
import dev.marquee.server.ticketing.TicketReissued;
import dev.marquee.server.ticketing.TicketRevoked;
import dev.marquee.server.ticketing.TicketsIssued;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting's own tables, kept from the other modules' events in the transaction that publishes them: a figure
 * commits with the sale, refund or scan it counts, or not at all, so nothing is lost or counted twice and no
 * outbox is needed. On a sale's path that matters: delivered through the event publication registry instead, each
 * order cost three more commits (the publication, its processing mark, its completion) and a serialised copy of
 * the event. Reporting writes only rows of its own, keyed by order, ticket or refund, never a row that every sale
 * shares, so it adds no contention to the sale. Writes are still inserts that ignore a row already there followed
 * by updates that only move forward (a status only to a later one, a first admission only once), so that events
 * of one order may arrive in any order, and a refund is counted once by its id, remembered in
 * {@code reporting_refund}. A sale arrives whole in one {@link OrderPaid}: order, payment and tickets. The
 * statements are explicit SQL because these on-conflict inserts and conditional updates carry those guarantees.
 */
@Component
class SalesReadModel {

    /** Statuses an order may move to from each, later ones never going back. */
    private static final String BEFORE_PAID = "('PENDING')";
    private static final String BEFORE_CANCELLED = "('PENDING', 'PAID', 'REFUNDED')";

    private final JdbcClient jdbc;

    SalesReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TicketTypeDefined defined) {
        jdbc.sql("""
                insert into reporting_ticket_type (id, event_id, name, capacity, currency, created_at)
                values (:id, :event, :name, :capacity, :currency, :createdAt) on conflict do nothing
                """)
                .param("id", defined.ticketTypeId().value()).param("event", defined.eventId().value()).param("name", defined.name())
                .param("capacity", defined.capacity()).param("currency", defined.price().currencyCode())
                .param("createdAt", Timestamps.utc(defined.createdAt())).update();
        jdbc.sql("update reporting_ticket_type set name = :name, capacity = :capacity, currency = :currency where id = :id")
                .param("id", defined.ticketTypeId().value()).param("name", defined.name()).param("capacity", defined.capacity())
                .param("currency", defined.price().currencyCode()).update();
    }

    @EventListener
    void on(TicketTypeRemoved removed) {
        jdbc.sql("delete from reporting_ticket_type where id = :id").param("id", removed.ticketTypeId().value()).update();
    }

    /** A sale, whole: the order, what was taken for it and its tickets, from one delivery. */
    @EventListener
    void on(OrderPaid paid) {
        OrderSummary order = paid.order();
        // Almost always the order's first word here, so the whole row goes in at once; otherwise it moves forward.
        int inserted = jdbc.sql("""
                insert into reporting_order (id, event_id, code, status, channel, method, buyer_name, buyer_email, total_minor, currency,
                    captured_minor, refunded_minor, created_at, paid_at)
                values (:id, :event, :code, 'PAID', :channel, :method, :buyerName, :buyerEmail, :total, :currency, :captured, 0, :createdAt,
                    :paidAt)
                on conflict do nothing
                """)
                .param("id", order.orderId().value()).param("event", order.eventId().value()).param("code", order.code())
                .param("channel", order.channel().name()).param("method", paid.method().name()).param("buyerName", order.buyerName())
                .param("buyerEmail", order.buyerEmail()).param("total", order.total().amountMinor())
                .param("currency", order.total().currencyCode()).param("captured", paid.captured().amountMinor())
                .param("createdAt", Timestamps.utc(order.placedAt())).param("paidAt", Timestamps.utc(paid.paidAt())).update();
        if (inserted == 0) {
            describe(order);
            jdbc.sql("update reporting_order set method = :method, paid_at = :paidAt, captured_minor = :captured where id = :id")
                    .param("id", paid.orderId().value()).param("method", paid.method().name()).param("paidAt", Timestamps.utc(paid.paidAt()))
                    .param("captured", paid.captured().amountMinor()).update();
            moveStatus(paid.orderId(), "PAID", BEFORE_PAID);
        }
        for (TicketsIssued.IssuedTicket ticket : paid.tickets()) {
            jdbc.sql("""
                    insert into reporting_ticket (id, order_id, event_id, ticket_type_id, status, holder_name, price_minor, currency, issued_at)
                    values (:id, :order, :event, :type, 'VALID', :holder, :price, :currency, :issuedAt) on conflict do nothing
                    """)
                    .param("id", ticket.ticketId().value()).param("order", paid.orderId().value()).param("event", paid.eventId().value())
                    .param("type", ticket.ticketTypeId().value()).param("holder", ticket.holderName())
                    .param("price", ticket.price().amountMinor()).param("currency", ticket.price().currencyCode())
                    .param("issuedAt", Timestamps.utc(paid.paidAt())).update();
        }
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        describe(cancelled.order());
        moveStatus(cancelled.orderId(), "CANCELLED", BEFORE_CANCELLED);
    }

    @EventListener
    void on(RefundIssued refund) {
        ensureOrder(refund.orderId());
        int first = jdbc.sql("insert into reporting_refund (id, order_id, amount_minor) values (:id, :order, :amount) on conflict do nothing")
                .param("id", refund.refundId()).param("order", refund.orderId().value()).param("amount", refund.amount().amountMinor()).update();
        if (first == 1) {
            jdbc.sql("update reporting_order set refunded_minor = refunded_minor + :amount where id = :id")
                    .param("id", refund.orderId().value()).param("amount", refund.amount().amountMinor()).update();
        }
    }

    /**
     * Booking calls an order REFUNDED once a refund leaves it no valid ticket. The order row is locked first, so
     * that two refunds of one order at the same moment see each other's revocations and the last one moves the status.
     */
    @EventListener
    void on(TicketRevoked revoked) {
        ensureOrder(revoked.orderId());
        jdbc.sql("update reporting_order set status = status where id = :id").param("id", revoked.orderId().value()).update();
        jdbc.sql("update reporting_ticket set status = 'REVOKED' where id = :id").param("id", revoked.ticketId().value()).update();
        if (revoked.reason() == TicketRevoked.Reason.REFUNDED) {
            jdbc.sql("""
                    update reporting_order set status = 'REFUNDED' where id = :id and status = 'PAID'
                      and not exists (select 1 from reporting_ticket t where t.order_id = :id and t.status = 'VALID')
                    """)
                    .param("id", revoked.orderId().value()).update();
        }
    }

    @EventListener
    void on(TicketReissued reissued) {
        jdbc.sql("update reporting_ticket set holder_name = :holder where id = :id")
                .param("id", reissued.ticketId().value()).param("holder", reissued.holderName()).update();
    }

    @EventListener
    void on(AttendeeCheckedIn checkedIn) {
        if (checkedIn.firstAdmission()) {
            jdbc.sql("""
                    insert into reporting_admission (ticket_id, list_id, first_admitted_at, first_gate) values (:ticket, :list, :at, :gate)
                    on conflict do nothing
                    """)
                    .param("ticket", checkedIn.ticketId().value()).param("list", checkedIn.listId().value())
                    .param("at", Timestamps.utc(checkedIn.at())).param("gate", checkedIn.gate()).update();
        }
    }

    /** The order's row, made if this is the first word of it, with what the order is. */
    private void describe(OrderSummary order) {
        ensureOrder(order.orderId());
        jdbc.sql("""
                update reporting_order set event_id = :event, code = :code, channel = :channel, buyer_name = :buyerName,
                    buyer_email = :buyerEmail, total_minor = :total, currency = :currency, created_at = :createdAt
                where id = :id
                """)
                .param("id", order.orderId().value()).param("event", order.eventId().value()).param("code", order.code())
                .param("channel", order.channel().name()).param("buyerName", order.buyerName()).param("buyerEmail", order.buyerEmail())
                .param("total", order.total().amountMinor()).param("currency", order.total().currencyCode())
                .param("createdAt", Timestamps.utc(order.placedAt())).update();
    }

    private void ensureOrder(OrderId order) {
        jdbc.sql("insert into reporting_order (id, status, refunded_minor) values (:id, 'PENDING', 0) on conflict do nothing")
                .param("id", order.value()).update();
    }

    private void moveStatus(OrderId order, String status, String from) {
        jdbc.sql("update reporting_order set status = :status where id = :id and status in " + from)
                .param("id", order.value()).param("status", status).update();
    }
}
