-- A shift's opening float and its counted cash are two amounts: each gets its own currency column, so that each
-- maps as one Money. The counted cash stays empty while the shift is open.
alter table shift rename column currency to float_currency;
alter table shift add column counted_currency varchar(3);
update shift set counted_currency = float_currency where counted_minor is not null;
alter table shift add constraint shift_counted_cash_whole check ((counted_minor is null) = (counted_currency is null));

-- Revoking and reissuing change a ticket; its version lets only one of two concurrent changes win.
alter table ticket add column version integer default 0 not null;
