-- A database that already held sales when the read models arrived: fill them once from the tables they replace,
-- so its reports and check-in type names carry on where they were. On a new database these copy nothing. This is the
-- one place that reads across modules, frozen at this version: from here on only events feed the read models.
insert into checkin_ticket_type (id, event_id, name)
    select id, event_id, name from ticket_type;

insert into reporting_ticket_type (id, event_id, name, capacity, currency, created_at)
    select id, event_id, name, capacity, currency, created_at from ticket_type;

insert into reporting_order (id, event_id, code, status, channel, method, buyer_name, buyer_email, total_minor, currency,
        captured_minor, refunded_minor, created_at, paid_at)
    select o.id, o.event_id, o.code, o.status, o.channel, o.method, o.buyer_name, o.buyer_email, o.total_minor, o.currency,
        (select sum(l.amount_minor) from ledger_entry l where l.order_id = o.id and l.kind = 'CHARGE'),
        coalesce((select sum(l.amount_minor) from ledger_entry l where l.order_id = o.id and l.kind = 'REFUND'), 0),
        o.created_at, o.paid_at
    from orders o;

insert into reporting_ticket (id, order_id, event_id, ticket_type_id, status, holder_name, price_minor, currency, issued_at)
    select id, order_id, event_id, ticket_type_id, status, holder_name, price_minor, currency, issued_at from ticket;

insert into reporting_admission (ticket_id, list_id, first_admitted_at, first_gate)
    select ticket_id, list_id, first_admitted_at, first_gate from checkin_presence;
