-- The customer list filtered only by standing (tier, WATCH, value class, loyalty type) counts live customers. With
-- erased_at on customer only, every such count joined the two tables: at a million customers 0.3-0.9 s for one new
-- filter value, even counting only the first 10,000 (docs/api.md, "Totals of the customer list"). The standing now
-- carries the erasure itself, kept by a trigger whoever erases, and the count reads customer_standing's indexes alone.
alter table customer_standing add column erased boolean not null default false;
update customer_standing s set erased = true from customer c where c.id = s.customer_id and c.erased_at is not null;

create function customer_standing_erased() returns trigger language plpgsql as $$
begin
    update customer_standing set erased = new.erased_at is not null where customer_id = new.id;
    return null;
end
$$;

create trigger customer_standing_erased after update of erased_at on customer
    for each row when (old.erased_at is distinct from new.erased_at) execute function customer_standing_erased();

-- The same filter indexes with the erasure as their last column, so that a count is an index-only scan; queries that
-- do not ask about erasure use them as before.
drop index customer_standing_tier;
create index customer_standing_tier on customer_standing (tier, watch, erased);
drop index customer_standing_value_class;
create index customer_standing_value_class on customer_standing (value_class, erased);
drop index customer_standing_loyalty;
create index customer_standing_loyalty on customer_standing (loyalty_type, erased);
drop index customer_standing_watch;
create index customer_standing_watch on customer_standing (customer_id, erased) where watch;

-- Statistics for the new column now: without them the planner takes "not erased" for half the rows, and the list's
-- estimated totals (from 10,000 on) would be half the truth until autovacuum analyzes the table.
analyze customer_standing;
