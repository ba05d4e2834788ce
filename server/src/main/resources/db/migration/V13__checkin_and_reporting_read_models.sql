-- Check-in's own copy of the ticket types, fed by inventory's events: names for verdicts and attendance.
create table checkin_ticket_type (
    id        uuid primary key,
    event_id  uuid not null,
    name      varchar(120) not null
);

-- Reporting's read model, fed by the events of inventory, booking, payment, ticketing and check-in.
create table reporting_ticket_type (
    id           uuid primary key,
    event_id     uuid not null,
    name         varchar(120) not null,
    capacity     integer not null,
    currency     varchar(3) not null,
    created_at   timestamp with time zone not null
);
create index reporting_ticket_type_event on reporting_ticket_type (event_id);

-- Columns an event has not told yet stay null: the events of one order may arrive in any order. captured_minor
-- stays null until money was taken.
create table reporting_order (
    id              uuid primary key,
    event_id        uuid,
    code            varchar(16),
    status          varchar(16) not null,
    channel         varchar(16),
    method          varchar(20),
    buyer_name      varchar(200),
    buyer_email     varchar(320),
    total_minor     bigint,
    currency        varchar(3),
    captured_minor  bigint,
    refunded_minor  bigint not null,
    created_at      timestamp with time zone,
    paid_at         timestamp with time zone
);
create index reporting_order_event on reporting_order (event_id);

create table reporting_ticket (
    id              uuid primary key,
    order_id        uuid not null,
    event_id        uuid not null,
    ticket_type_id  uuid not null,
    status          varchar(16) not null,
    holder_name     varchar(120),
    price_minor     bigint not null,
    currency        varchar(3) not null,
    issued_at       timestamp with time zone not null
);
create index reporting_ticket_event on reporting_ticket (event_id);
create index reporting_ticket_order on reporting_ticket (order_id);

-- The first admission of each ticket on each list.
create table reporting_admission (
    ticket_id          uuid not null,
    list_id            uuid not null,
    first_admitted_at  timestamp with time zone not null,
    first_gate         varchar(80) not null,
    primary key (ticket_id, list_id)
);
