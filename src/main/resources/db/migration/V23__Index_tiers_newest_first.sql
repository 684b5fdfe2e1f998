-- A tier's customers newest first, from the standing's copy of the creation time (V20): a rare tier (DIAMOND) no
-- longer walks the whole book newest first to fill a page (60-80 ms on a cold cache at a million).
create index customer_standing_tier_newest on customer_standing (tier, customer_created_at desc, customer_id)
    where not erased;
-- The same among WATCH customers (the retention desk's "WATCH in GOLD"): small, WATCH customers are a few percent.
create index customer_standing_watch_tier_newest on customer_standing (tier, customer_created_at desc, customer_id)
    where watch and not erased;
