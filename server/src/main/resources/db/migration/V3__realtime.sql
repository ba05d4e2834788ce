-- Live updates: every topic numbers its messages; recent messages are kept so a reconnecting client can catch up.
create table live_topic (
    topic  varchar(80) primary key,
    seq    bigint not null
);

create table live_message (
    topic  varchar(80) not null,
    seq    bigint not null,
    body   text not null,
    at     timestamp with time zone not null,
    primary key (topic, seq)
);
create index live_message_at on live_message (at);
