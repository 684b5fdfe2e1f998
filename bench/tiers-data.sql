-- Fills customer and consumption_record with a synthetic book for the tier evaluation benchmark
-- (bench/tiers.sh, bench/README.md "Tier evaluation at a million customers").
--
--   psql -X -v ON_ERROR_STOP=1 -v customers=1000000 -v records_per_customer=15 -d <db> -f bench/tiers-data.sql
--
-- Expects the schema Flyway creates (start the app once) and empty customer/consumption tables; uses the
-- enabled AGENT users already in app_user as managers (bench/tiers.sh creates 20 through the API first).
-- Seeded (setseed): the same variables give the same customers, ids included, and the same records per
-- customer; only the record ids (gen_random_uuid) and times (relative to now()) differ between loads.
--
-- Why INSERT ... SELECT FROM generate_series and not COPY: the rows are generated inside the server, so
-- nothing crosses the wire at all -- no client formatting, no round trip per row or per batch; it is a bulk
-- load in the same sense as COPY (one statement, set-based) and needs no generator program outside psql.
-- What makes it fast is what the PostgreSQL manual ("Populating a Database") recommends for COPY too:
--   * the secondary indexes of both tables, and the primary key, unique and foreign keys of
--     consumption_record, are dropped before the load and rebuilt after it from the definitions read back
--     from the catalog (pg_get_indexdef / pg_get_constraintdef), so the schema cannot drift from the
--     migrations. Building an index by one sort is far cheaper than 15 M random inserts into it, and
--     re-adding a foreign key checks all rows with one join instead of one lookup per row;
--   * customer's primary key (tier_history and follow_up reference it) and unique external_ref stay: 1 M
--     inserts into each, cheap at that size.
-- Everything runs in one transaction: a failure leaves the tables (and their indexes) as they were.
--
-- The book:
--   * customers: 75 % INDIVIDUAL, 15 % HOUSEHOLD, 10 % ENTERPRISE; joined over the last 6 years; 30 % without a
--     manager, the rest spread over the AGENT users; 0.2 % erased (personal data gone, records kept, not
--     evaluated); Chinese names, unique CN mobiles and external refs, so the trigram index has real work;
--   * records: ~records_per_customer per customer on average over the last 400 days (never before the
--     customer joined); 8 % of customers have none; the count per customer is log-normal (a long tail of very
--     active customers) and so is each customer's typical purchase, so all four tiers appear; kinds 35 %
--     SPEND, 30 % VISIT (amount 0), 35 % BOTH; 6 % of active customers stopped coming 91+ days ago (WATCH
--     candidates); external_id null;
--   * records are inserted in time order, as they arrive in production, so the table's physical order does
--     not follow customer_id (which would flatter an index-ordered plan of the evaluation).

\set ON_ERROR_STOP on
\if :{?customers}
\else
  \set customers 1000000
\endif
\if :{?records_per_customer}
\else
  \set records_per_customer 15
\endif
\if :{?seed}
\else
  \set seed 0.20261123
\endif

-- Sorting 15 M generated records by time and building the indexes: generous memory for this session only.
set work_mem = '512MB';
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;

begin;

do $$
begin
    if exists (select 1 from customer) or exists (select 1 from consumption_record) then
        raise exception 'customer or consumption_record is not empty: tiers-data.sql loads into a fresh schema';
    end if;
end $$;

\echo '[tiers-data] dropping indexes and constraints (kept for the rebuild)'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
select setseed(:seed) as seeded \gset

-- ------------------------------------------------------------- keep the definitions, then drop

create temp table tiers_saved on commit drop as
select 1 as step, format('alter table %s add constraint %I %s', conrelid::regclass, conname,
                         pg_get_constraintdef(oid)) as ddl,
       format('alter table %s drop constraint %I', conrelid::regclass, conname) as undo
  from pg_constraint
 where (conrelid in ('consumption_record'::regclass, 'customer_standing'::regclass) and contype in ('p', 'u'))
union all
select 2, pg_get_indexdef(i.indexrelid), format('drop index %s', i.indexrelid::regclass)
  from pg_index i
 where i.indrelid in ('customer'::regclass, 'consumption_record'::regclass, 'customer_standing'::regclass)
   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
union all
select 3, format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),
       format('alter table %s drop constraint %I', conrelid::regclass, conname)
  from pg_constraint
-- Foreign keys of these tables and those pointing at them (follow_up, product, visit...), which hang on the keys above.
 where (conrelid in ('customer'::regclass, 'consumption_record'::regclass, 'customer_standing'::regclass)
        or confrelid in ('customer'::regclass, 'consumption_record'::regclass, 'customer_standing'::regclass))
   and contype = 'f';

select undo from tiers_saved order by step desc \gexec
select format('[tiers-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- one row per customer: what it will look like

\echo '[tiers-data] planning customers'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
create temp table tiers_plan on commit drop as
with managers as (
    select coalesce(array_agg(id order by username), '{}') as ids, count(*)::int as n
      from app_user where enabled and roles like '%AGENT%'
), draws as (
    select i, random() as u_type, random() as u_joined, random() as u_manager, random() as u_pick,
           random() as u_idle, random() as u_n1, random() as u_n2, random() as u_s1, random() as u_s2,
           random() as u_drop, random() as u_erase
      from generate_series(1, :customers) i
    offset 0
), shaped as (
    select d.*,
           case when d.u_type < 0.75 then 'INDIVIDUAL' when d.u_type < 0.90 then 'HOUSEHOLD'
                else 'ENTERPRISE' end as type,
           current_date - (1 + floor(d.u_joined * 6 * 365))::int as joined_at,
           -- two standard normals (Box-Muller); 1 - random() is in (0, 1], so ln() is defined
           sqrt(-2 * ln(1 - d.u_n1)) * cos(2 * pi() * d.u_n2) as z_count,
           sqrt(-2 * ln(1 - d.u_s1)) * cos(2 * pi() * d.u_s2) as z_spend
      from draws d
)
select s.i,
       md5('vipcare-tiers-bench:' || s.i)::uuid as id,
       s.type,
       s.joined_at,
       least(400, current_date - s.joined_at) as span_days,
       case when s.u_manager < 0.3 or m.n = 0 then null else m.ids[1 + floor(s.u_pick * m.n)::int] end as manager_id,
       -- log-normal around the mean (exp(0.8 z - 0.32) has mean 1); / 0.92 makes up for the idle 8 %
       case when s.u_idle < 0.08 then 0
            else greatest(1, least(20 * :records_per_customer,
                 round(:records_per_customer / 0.92 * exp(0.8 * s.z_count - 0.32))))::int end as n_records,
       -- the customer's typical purchase, log-normal around 150 (enterprises buy bigger)
       150 * exp(0.9 * s.z_spend) * case s.type when 'ENTERPRISE' then 3 when 'HOUSEHOLD' then 1.5 else 1 end
           as spend_scale,
       s.u_drop < 0.06 and s.u_idle >= 0.08 and least(400, current_date - s.joined_at) > 120 as dropped,
       s.u_erase < 0.002 as erased
  from shaped s cross join managers m;
select format('[tiers-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- customers

\echo '[tiers-data] inserting customers'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
-- The standing rows (V8) in one statement after the customers, not by the row trigger a million times.
alter table customer disable trigger customer_standing_row;
insert into customer (id, external_ref, name, type, phone_mobile, joined_at, manager_id, erased_at,
                      created_at, updated_at, version)
select p.id,
       case when p.erased then null else 'TIERS-' || lpad(p.i::text, 8, '0') end,
       case when p.erased then '—'
            when p.type = 'ENTERPRISE' then
                (array['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '苏州'])[1 + floor(random() * 10)::int]
                || substr('华兴盛达恒通宏远鑫泰丰安瑞祥嘉信和创新宇', 1 + floor(random() * 24)::int, 1)
                || substr('华兴盛达恒通宏远鑫泰丰安瑞祥嘉信和创新宇', 1 + floor(random() * 24)::int, 1)
                || (array['科技有限公司', '贸易有限公司', '实业有限公司', '集团有限公司', '物流有限公司'])[1 + floor(random() * 5)::int]
            else substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢',
                        1 + floor(random() * 60)::int, 1)
                 || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红梅鹏飞晨宇浩然欣怡子涵雨轩佳琪思远文博嘉俊',
                           1 + floor(random() * 54)::int, 1 + floor(random() * 2)::int) end,
       p.type,
       -- 7919 is prime to 10^8, so the 8-digit tails are all different
       case when p.erased then null
            else (array['130', '131', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '158',
                        '159', '177', '180', '181', '185', '186', '187', '188', '189'])[1 + floor(random() * 22)::int]
                 || lpad(((p.i::bigint * 7919) % 100000000)::text, 8, '0') end,
       p.joined_at,
       p.manager_id,
       case when p.erased then now() - interval '30 days' end,
       p.joined_at + time '10:00',
       case when p.erased then now() - interval '30 days' else p.joined_at + time '10:00' end,
       0
  from tiers_plan p
 order by p.id;
insert into customer_standing (customer_id, erased, customer_created_at)
select id, erased, joined_at + time '10:00' from tiers_plan order by id;
alter table customer enable trigger customer_standing_row;
select format('[tiers-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- consumption records, in time order

\echo '[tiers-data] inserting consumption records (generated, sorted by time)'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
insert into consumption_record (id, customer_id, occurred_at, amount, kind, external_id, created_at)
select gen_random_uuid(), g.customer_id, g.occurred_at,
       case when g.kind = 'VISIT' then 0
            else round(greatest(1, g.spend_scale * exp(0.5 * sqrt(-2 * ln(1 - g.u_a1)) * cos(2 * pi() * g.u_a2)))::numeric, 2)
       end,
       g.kind, null, g.occurred_at + interval '2 minutes'
  from (select p.id as customer_id, p.spend_scale,
               case when u_kind < 0.35 then 'SPEND' when u_kind < 0.65 then 'VISIT' else 'BOTH' end as kind,
               -- a dropped customer's records all lie 91+ days back
               now() - case when p.dropped then 91 + u_time * (p.span_days - 91) else u_time * p.span_days end
                       * interval '1 day' as occurred_at,
               u_a1, u_a2
          from (select p.*, random() as u_kind, random() as u_time, random() as u_a1, random() as u_a2
                  from tiers_plan p cross join lateral generate_series(1, p.n_records) j
                offset 0) p) g
 order by g.occurred_at;
select format('[tiers-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- rebuild what was dropped

\echo '[tiers-data] rebuilding indexes and constraints'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
select ddl from tiers_saved order by step \gexec
select format('[tiers-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

commit;

\echo '[tiers-data] vacuum analyze'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
vacuum (analyze) customer;
vacuum (analyze) consumption_record;
select format('[tiers-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took
