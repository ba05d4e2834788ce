-- The kiosk's cache as it was before it had migrations; a cache file from then is baselined at this version.
create table setting (name varchar(40) primary key, val varchar(100000));

create table event_key (pos int primary key, key_text varchar(1000) not null);

create table ticket_type (id uuid primary key, name varchar(300) not null);

create table ticket (id uuid primary key, type_id uuid not null, status varchar(20) not null, serial int not null,
    holder varchar(300), seq bigint not null);

create table presence (ticket_id uuid primary key, inside boolean not null, first_at varchar(40), first_gate varchar(80));

create table scan (seq bigint auto_increment primary key, scan_id uuid not null unique, token varchar(2000) not null,
    scanned_at varchar(40) not null, gate varchar(80) not null, direction varchar(5) not null, state varchar(10) not null,
    verdict varchar(10), reason varchar(30), ticket_id uuid);

create index scan_state on scan (state, seq);
