-- Two customer lists that still read most of a million customers (bench/million.sh):
--
-- 1. WATCH customers, newest first. WATCH customers are long-standing ones, so walking customer's newest-first order
--    met some 55,000 customers before 20 on WATCH. The standing now carries the customer's creation time (it never
--    changes), and a partial index on it serves the page straight from the WATCH rows.
alter table customer_standing add column customer_created_at timestamptz;
update customer_standing s set customer_created_at = c.created_at from customer c where c.id = s.customer_id;
alter table customer_standing alter column customer_created_at set not null;

create or replace function customer_add_standing() returns trigger language plpgsql as $$
begin
    insert into customer_standing (customer_id, customer_created_at) values (new.id, new.created_at);
    return null;
end
$$;

create index customer_standing_watch_newest on customer_standing (customer_created_at desc, customer_id)
    where watch and not erased;

-- 2. Name fragments of one or two characters. Chinese names are two or three characters long, so "王芳" is an
--    everyday search, but a trigram index cannot serve a pattern without a whole trigram. Every character and every
--    pair of characters of the name, in a GIN index, can.
create function name_short_grams(name text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct substr(name, i, n)), '{}')
      from generate_series(1, 2) n, generate_series(1, length(name) - n + 1) i
$$;

create index customer_name_short_grams on customer using gin (name_short_grams(lower(name))) where erased_at is null;

analyze customer_standing;
analyze customer;
