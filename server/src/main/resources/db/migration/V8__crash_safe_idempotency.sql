-- An in-progress idempotency record is leased by the attempt running it. The attempt renews its lease while it
-- runs; when its instance dies the lease lapses and a retry may take the record over. The owner column fences a
-- lapsed attempt out: only the current owner may complete or renew the record.
alter table idempotency_record add column owner varchar(36);
alter table idempotency_record add column lease_until timestamp with time zone;

-- The idempotency attempt (a hash of caller and key) an online checkout was placed under, so that a retry of the
-- same request after a crash resumes that order instead of being refused as a second checkout of the hold.
alter table orders add column checkout_key varchar(64);

-- The simulated card acquirer's own book of charges. A real acquirer remembers a charge across our crashes and
-- answers a repeated charge for the same order with the first one; the simulator keeps that memory here.
create table simulated_acquirer_charge (
    order_id      uuid primary key,
    reference     varchar(64) not null,
    amount_minor  bigint not null,
    currency      varchar(3) not null,
    refunded      boolean not null default false,
    created_at    timestamp with time zone not null
);
