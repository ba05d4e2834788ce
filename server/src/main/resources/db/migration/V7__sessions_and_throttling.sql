-- A scan id is made up by the kiosk, so it is unique only within its check-in list: the key becomes (list, scan).
-- A scan id that another list (of any organizer) used is then simply a new scan here, and looking a scan up
-- always names its list, so no list can read another's scans. Rebuilt by copy, because H2 and PostgreSQL have
-- no common statement that replaces a primary key.
create table checkin_scan_by_list (
    scan_id      uuid not null,
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
    seq          bigint not null,
    primary key (list_id, scan_id)
);
insert into checkin_scan_by_list (scan_id, list_id, event_id, ticket_id, gate, direction, scanned_at, received_at, verdict, reason,
        local_verdict, offline, duplicate, device, seq)
    select scan_id, list_id, event_id, ticket_id, gate, direction, scanned_at, received_at, verdict, reason,
        local_verdict, offline, duplicate, device, seq from checkin_scan;
drop table checkin_scan;
alter table checkin_scan_by_list rename to checkin_scan;
create index checkin_scan_event_seq on checkin_scan (event_id, seq);
create index checkin_scan_list on checkin_scan (list_id, verdict);
