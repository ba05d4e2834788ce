-- An order's total and its refunded amount each get their own currency column, so that each maps as one amount
-- (minor units + currency). They are always equal: refunds are paid in the order's currency.
alter table orders add column refunded_currency varchar(3);
update orders set refunded_currency = currency;
alter table orders alter column refunded_currency set not null;
