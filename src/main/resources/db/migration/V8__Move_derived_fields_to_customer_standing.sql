-- The tier evaluation rewrites every customer's derived fields at once. On the wide customer row that update was never
-- HOT (tier, class and loyalty are indexed), so each changed row went into all of customer's indexes, the trigram GIN
-- index first: at a million customers, over a minute of the run. The derived fields move to a narrow table of their
-- own, written only by the evaluation; the customer row, its GIN index and the edits made through the API no longer
-- meet the evaluation's writes.
create table customer_standing (
    customer_id   uuid primary key references customer (id) on delete cascade,
    tier          varchar(20)    not null default 'ORDINARY',
    watch         boolean        not null default false,
    value_class   varchar(1)     not null default 'D',
    loyalty_type  varchar(10)    not null default 'ZERO',
    window_spend  numeric(14, 2) not null default 0,
    window_visits integer        not null default 0
) with (fillfactor = 70); -- room on the page: a month that only moves the window figures updates in place (HOT)

insert into customer_standing (customer_id, tier, watch, value_class, loyalty_type, window_spend, window_visits)
select id, tier, watch, value_class, loyalty_type, window_spend, window_visits from customer;

-- Every customer has its standing row from the start, whoever inserts the customer (the API, an import, a bulk load).
create function customer_add_standing() returns trigger language plpgsql as $$
begin
    insert into customer_standing (customer_id) values (new.id);
    return null;
end
$$;

create trigger customer_standing_row after insert on customer
    for each row execute function customer_add_standing();

drop index customer_tier;
drop index customer_value_class;
drop index customer_loyalty;
alter table customer
    drop column tier,
    drop column watch,
    drop column value_class,
    drop column loyalty_type,
    drop column window_spend,
    drop column window_visits;

-- The list filters; erased customers keep their last standing, and the lists join customer for erased_at.
create index customer_standing_tier on customer_standing (tier, watch);
create index customer_standing_value_class on customer_standing (value_class);
create index customer_standing_loyalty on customer_standing (loyalty_type);
-- WATCH customers are few and read on their own (retention dashboard, distribution).
create index customer_standing_watch on customer_standing (customer_id) where watch;
