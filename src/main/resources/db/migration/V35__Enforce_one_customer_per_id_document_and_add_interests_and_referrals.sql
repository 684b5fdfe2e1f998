-- One customer per identity document (SPEC 8) among customers not erased, compared on the type and the number
-- trimmed and upper-cased (the service stores it so; the index normalises again for rows written before V35).
--
-- Older databases (dev books, long-lived test databases) can hold duplicates already: creating the unique index over
-- them would fail the migration. Nothing is merged or deleted here: of each group of duplicates the earliest created
-- customer keeps the document as it is, every later one is marked id_doc_duplicate (grandfathered) and left out of
-- the index until its document changes, which the service then checks like any other. The marked rows can be found
-- with: select id from customer where id_doc_duplicate.
alter table customer add column id_doc_duplicate boolean not null default false;

update customer c set id_doc_duplicate = true
  from (select id, row_number() over (partition by id_doc_type, upper(btrim(id_doc_number))
                                      order by created_at, id) as n
          from customer
         where erased_at is null and id_doc_number is not null) d
 where d.id = c.id and d.n > 1;

create unique index customer_id_document_unique on customer (id_doc_type, upper(btrim(id_doc_number)))
    where erased_at is null and id_doc_number is not null and not id_doc_duplicate;

-- Interests (兴趣爱好, SPEC 1): tags the manager records, at most 20 of at most 40 characters (checked by the service).
alter table customer add column interests text[] not null default '{}';

-- Who referred the customer (转介绍): another customer. The relationship value counts a customer's referrals through
-- this index.
alter table customer add column referred_by_id uuid references customer (id);
create index customer_referred_by on customer (referred_by_id) where referred_by_id is not null;

-- Sorting the list by enterprise member count.
create index customer_member_count on customer (member_count) where member_count is not null;
