-- Callers who see a customer's phones masked find it by a complete number only, never by a fragment (docs/api.md,
-- "Masked data"): an equality on each phone column beside the trigram search, one index each so that the search
-- stays an index lookup on a large book.
create index customer_phone_mobile on customer (phone_mobile) where erased_at is null and phone_mobile is not null;
create index customer_phone_office on customer (phone_office) where erased_at is null and phone_office is not null;
create index customer_phone_home on customer (phone_home) where erased_at is null and phone_home is not null;
