-- A caller who sees phones masked searches names and references by any part, phones only by the whole number
-- (customer.CustomerFilter). Through search_text alone, which holds everyone's phones, a fragment like "138" matched
-- most customers' numbers and PostgreSQL rechecked each of them; these indexes find the names and references directly.
-- Not partial: PostgreSQL keeps statistics of an expression only for a full index, and without them it guessed 8 % of
-- the book for any fragment and walked the name index instead.
create index customer_name_trigrams on customer using gin (lower(name) gin_trgm_ops);
create index customer_external_ref_trigrams on customer using gin (lower(external_ref) gin_trgm_ops);
