-- The customer list filters by type; counting a page's total then reads this index alone.
create index customer_type on customer (type) where erased_at is null;
