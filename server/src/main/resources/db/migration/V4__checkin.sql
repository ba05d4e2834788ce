-- Kiosk devices: paired to one organizer with a one-time code, authenticated by a signed device token.
create table device (
    id            uuid primary key,
    organizer_id  uuid not null references organizer (id),
    name          varchar(80) not null,
    jti           uuid not null unique,
    paired_at     timestamp with time zone not null,
    last_seen_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);

create table pairing_code (
    code          varchar(12) primary key,
    organizer_id  uuid not null references organizer (id),
    device_name   varchar(80) not null,
    created_by    varchar(64) not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone
);

-- Check-in: lists of ticket types with optional windows, gates, and the kiosk-facing projection of tickets.
create table checkin_list (
    id             uuid primary key,
    event_id       uuid not null references event (id),
    organizer_id   uuid not null references organizer (id),
    name           varchar(120) not null,
    valid_from     timestamp with time zone,
    valid_until    timestamp with time zone,
    allow_exit     boolean not null,
    allow_reentry  boolean not null,
    created_at     timestamp with time zone not null
);
create index checkin_list_event on checkin_list (event_id);

create table checkin_list_type (
    list_id         uuid not null references checkin_list (id) on delete cascade,
    ticket_type_id  uuid not null references ticket_type (id),
    primary key (list_id, ticket_type_id)
);

create table gate (
    id            uuid primary key,
    organizer_id  uuid not null references organizer (id),
    name          varchar(80) not null,
    unique (organizer_id, name)
);

-- Each event numbers its check-in changes. The counter row is locked until commit, so numbers become visible
-- in order and a kiosk that read up to N never misses a change numbered below N.
create table checkin_counter (
    event_id  uuid primary key references event (id),
    seq       bigint not null
);

create table checkin_ticket (
    ticket_id       uuid primary key,
    event_id        uuid not null references event (id),
    ticket_type_id  uuid not null references ticket_type (id),
    order_id        uuid not null,
    serial          integer not null,
    status          varchar(16) not null,
    paid            boolean not null,
    holder_name     varchar(120),
    seq             bigint not null
);
create index checkin_ticket_event_seq on checkin_ticket (event_id, seq);

-- Where each ticket stands on each list: inside or out, and since when.
create table checkin_presence (
    ticket_id         uuid not null,
    list_id           uuid not null references checkin_list (id) on delete cascade,
    inside            boolean not null,
    first_admitted_at timestamp with time zone not null,
    first_gate        varchar(80) not null,
    last_scan_at      timestamp with time zone not null,
    primary key (ticket_id, list_id)
);

-- Every scan ever received, online or uploaded later; the scan id makes a repeated upload harmless.
create table checkin_scan (
    scan_id      uuid primary key,
    list_id      uuid not null references checkin_list (id) on delete cascade,
    event_id     uuid not null references event (id),
    ticket_id    uuid,
    gate         varchar(80) not null,
    direction    varchar(8) not null,
    scanned_at   timestamp with time zone not null,
    received_at  timestamp with time zone not null,
    verdict      varchar(16) not null,
    reason       varchar(24),
    local_verdict varchar(16),
    offline      boolean not null,
    duplicate    boolean not null,
    device       varchar(80),
    seq          bigint not null
);
create index checkin_scan_event_seq on checkin_scan (event_id, seq);
create index checkin_scan_list on checkin_scan (list_id, verdict);
