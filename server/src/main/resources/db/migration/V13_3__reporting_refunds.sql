-- The refunds the reporting read model has counted, by the id their event carries: a refund handed over twice
-- (the event publication registry delivers at least once) is then counted once.
create table reporting_refund (
    id            uuid primary key,
    order_id      uuid not null,
    amount_minor  bigint not null
);
