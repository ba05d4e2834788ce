-- The event publication registry (Spring Modulith's outbox), owned here rather than created by Modulith: its
-- default H2 schema caps a serialized event at 4,000 characters, which an order of a hundred tickets exceeds.
-- Completed publications are deleted (spring.modulith.events.completion-mode=delete), so the table only holds
-- what is still in flight and the listener index is enough.
create table if not exists event_publication (
    id                      uuid not null primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        varchar(1000000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
create index if not exists event_publication_by_listener on event_publication (listener_id);
create index if not exists event_publication_by_completion_date on event_publication (completion_date);
