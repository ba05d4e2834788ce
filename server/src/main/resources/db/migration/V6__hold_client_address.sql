-- Online holds remember the client address that took them, so that the tickets one address holds for one event
-- can be capped on the public API. Box-office holds leave it empty.
alter table hold add column client_address varchar(64);
create index hold_client_address on hold (event_id, client_address);

-- One row per event and client address, locked for the length of a hold's transaction: two holds of one address
-- at once queue here, so the second counts what the first took and the cap cannot be overrun by concurrency.
create table hold_client (
    event_id        uuid not null,
    client_address  varchar(64) not null,
    primary key (event_id, client_address)
);
