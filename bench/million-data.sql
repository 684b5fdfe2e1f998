-- Adds complaints, follow-ups and their histories to the book bench/tiers-data.sql loaded, for the million-customer
-- benchmark (bench/million.sh, bench/README.md "A million customers").
--
--   psql -X -v ON_ERROR_STOP=1 -v complaints=1000000 -v follow_ups=2000000 -v myday_agent=million-agent-001 \
--        -d <db> -f bench/million-data.sql
--
-- Expects tiers-data.sql's customers and records, the AGENT users they are spread over, and empty complaint and
-- follow-up tables. Loads the way tiers-data.sql does (and for the same reasons): rows generated inside the server
-- in one statement per table, the secondary indexes, keys and foreign keys of the loaded tables dropped first and
-- rebuilt afterwards from their catalog definitions, all in one transaction.
--
-- What it makes:
--   * one agent (:myday_agent) manages exactly :myday_customers live customers (5,000): the "My day" of a busy agent;
--   * :complaints complaints over the last two years, on random live customers, owned by the customer's manager (an
--     agent picked at random for unmanaged customers), received by any agent; complaints older than 30 days are
--     nearly all CLOSED, the last 30 days mix every status; contact and feedback times drawn around their SLA clocks
--     (about a third of contacts and a quarter of feedbacks late), breach marks and escalation set as the breach
--     detector would have set them, so the detector finds nothing to do when the app starts; overdue = the running
--     clock is past due on a complaint not CLOSED (RECEIVED ones older than 2 h, contacted ones without feedback
--     older than 3 days). A RECEIVED event for each, plus one for the move to its status;
--   * :follow_ups follow-up tasks due over the last year and the next 30 days, for random live customers, assigned to
--     the customer's manager (or a random agent): past ones mostly DONE, some OPEN (overdue), GAVE_UP or CANCELLED;
--     a fifth of the DONE ones have a REACHED attempt, one in ten of those raised an opinion (a suggestion, with an
--     answer due three days later, mostly answered);
--   * one customer of :myday_agent with :timeline_events events on its timeline (40 complaints with their events,
--     40 follow-ups with three attempts each, consumption records to make up the rest).

\set ON_ERROR_STOP on
\if :{?complaints}
\else
  \set complaints 1000000
\endif
\if :{?follow_ups}
\else
  \set follow_ups 2000000
\endif
\if :{?myday_agent}
\else
  \set myday_agent million-agent-001
\endif
\if :{?myday_customers}
\else
  \set myday_customers 5000
\endif
\if :{?timeline_events}
\else
  \set timeline_events 500
\endif
\if :{?seed}
\else
  \set seed 0.20261203
\endif

set work_mem = '512MB';
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;

begin;

do $$
begin
    if exists (select 1 from complaint) or exists (select 1 from follow_up) then
        raise exception 'complaint or follow_up is not empty: million-data.sql loads into a fresh book';
    end if;
    if not exists (select 1 from customer) then
        raise exception 'no customers: load bench/tiers-data.sql first';
    end if;
end $$;

select setseed(:seed) as seeded \gset
select id as myday_id from app_user where username = :'myday_agent' and enabled and roles like '%AGENT%' \gset
\if :{?myday_id}
\else
  \echo 'no enabled AGENT user named' :'myday_agent'
  select 1 / 0;
\endif

\echo '[million-data] dropping indexes and constraints (kept for the rebuild)'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
create temp table million_saved on commit drop as
with loaded(rel) as (
    values ('complaint'::regclass), ('complaint_event'::regclass), ('follow_up'::regclass),
           ('follow_up_attempt'::regclass)
)
select 1 as step, format('alter table %s add constraint %I %s', conrelid::regclass, conname,
                         pg_get_constraintdef(oid)) as ddl,
       format('alter table %s drop constraint %I', conrelid::regclass, conname) as undo
  from pg_constraint
 where conrelid in (select rel from loaded) and contype in ('p', 'u')
union all
select 2, pg_get_indexdef(i.indexrelid), format('drop index %s', i.indexrelid::regclass)
  from pg_index i
 where i.indrelid in (select rel from loaded)
   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
union all
select 3, format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)),
       format('alter table %s drop constraint %I', conrelid::regclass, conname)
  from pg_constraint
 where contype = 'f' and (conrelid in (select rel from loaded) or confrelid in (select rel from loaded));
select undo from million_saved order by step desc \gexec
-- Every loaded follow-up is not AFTER_COMPLAINT, so the per-row satisfaction roll-up (V5) has nothing to add.
alter table follow_up_attempt disable trigger follow_up_attempt_satisfaction;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- the busy agent and the customer with a long history

\echo '[million-data] giving' :'myday_agent' 'exactly' :myday_customers 'customers'
update customer set manager_id = null where manager_id = :'myday_id';
update customer set manager_id = :'myday_id'
 where id in (select id from customer where erased_at is null and manager_id is null order by id
              limit :myday_customers);
select id as timeline_id from customer where manager_id = :'myday_id' order by id limit 1 \gset

create temp table million_agents on commit drop as
select array_agg(id order by username) as ids, count(*)::int as n
  from app_user where enabled and roles like '%AGENT%';
create temp table million_customers on commit drop as
select (row_number() over (order by id))::int as n, id, manager_id from customer where erased_at is null;
create unique index on million_customers (n);
select count(*) as live_customers from million_customers \gset
analyze million_customers;

-- ------------------------------------------------------------- complaints

\echo '[million-data] inserting' :complaints 'complaints'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
create temp table million_complaints on commit drop as
with draws as (
    select i, random() as u_customer, random() as u_owner, random() as u_receiver, random() as u_age,
           random() as u_status, random() as u_contact, random() as u_feedback, random() as u_fb_given,
           random() as u_category, random() as u_channel, random() as u_text, random() as u_close
      from generate_series(1, :complaints) i
    offset 0
), timed as (
    select d.*,
           -- the first 40 belong to the customer with the long timeline
           case when d.i <= 40 then (select n from million_customers where id = :'timeline_id')
                else 1 + floor(d.u_customer * :live_customers)::int end as customer_n,
           now() - d.u_age * interval '730 days' as received_at
      from draws d
), shaped as (
    select t.*,
           case when t.received_at < now() - interval '30 days' then
                    case when t.u_status < 0.95 then 'CLOSED' when t.u_status < 0.98 then 'RESOLVED'
                         else 'IN_PROGRESS' end
                else case when t.u_status < 0.15 then 'RECEIVED' when t.u_status < 0.35 then 'CONTACTED'
                          when t.u_status < 0.60 then 'IN_PROGRESS' when t.u_status < 0.75 then 'RESOLVED'
                          else 'CLOSED' end end as status,
           (array['PRODUCT_QUALITY', 'REPAIR_QUALITY', 'PARTS_UNAVAILABLE', 'STAFF_ERROR', 'SERVICE_ATTITUDE',
                  'PRICING', 'BILLING', 'NETWORK', 'OTHER'])[1 + floor(t.u_category * 9)::int] as category
      from timed t
), clocked as (
    select s.*,
           -- contact drawn over 0..3 h (a third late), feedback over 0..4 days after it (a quarter late); never
           -- in the future
           case when s.status <> 'RECEIVED'
                then least(now(), s.received_at + s.u_contact * interval '3 hours') end as contacted_at
      from shaped s
), fed as (
    select c.*,
           case when c.status in ('RESOLVED', 'CLOSED') or (c.status = 'IN_PROGRESS' and c.u_fb_given < 0.6)
                then least(now(), c.contacted_at + c.u_feedback * interval '4 days') end as feedback_at
      from clocked c
)
select f.i, md5('vipcare-million-complaint:' || f.i)::uuid as id, mc.id as customer_id,
       coalesce(mc.manager_id, a.ids[1 + floor(f.u_owner * a.n)::int]) as owner_id,
       a.ids[1 + floor(f.u_receiver * a.n)::int] as first_receiver_id,
       f.received_at, f.status, f.category, f.u_channel, f.u_text, f.u_close,
       f.received_at + interval '2 hours' as contact_due_at,
       f.received_at + interval '90 minutes' as contact_warn_at,
       f.received_at + interval '3 days' as feedback_due_at,
       f.received_at + interval '54 hours' as feedback_warn_at,
       f.contacted_at, f.feedback_at,
       case when f.status in ('RESOLVED', 'CLOSED') then f.feedback_at end as resolved_at,
       case when f.status = 'CLOSED' then least(now(), f.feedback_at + f.u_close * interval '2 days') end as closed_at
  from fed f
  join million_customers mc on mc.n = f.customer_n
 cross join million_agents a;

insert into complaint (id, customer_id, received_at, channel, place, category, summary, demand, complainant_type,
                       purpose, first_receiver_id, owner_id, status, sla_multiplier, contact_due_at, feedback_due_at,
                       contact_warn_at, feedback_warn_at, contacted_at, contact_on_time, feedback_at,
                       feedback_on_time, resolved_at, resolution, compensation, closed_at, escalated, escalated_at,
                       contact_breached, feedback_breached, staff_concerned_id, created_at, updated_at, version)
select p.id, p.customer_id, p.received_at,
       (array['PHONE', 'VISIT', 'ONLINE', 'LETTER', 'SOCIAL'])[1 + floor(p.u_channel * 5)::int],
       null, p.category,
       (array['维修后故障再次出现', '配件等待时间过长', '账单金额与约定不符', '门店员工态度冷淡', '网络信号长期不稳定',
              '新购产品有划痕', '上门服务迟到两小时', '价格调整未提前告知'])[1 + floor(p.u_text * 8)::int],
       case when p.u_text < 0.5 then '尽快解决并给出说明' end, null, null,
       p.first_receiver_id, p.owner_id, p.status, 1.00,
       p.contact_due_at, p.feedback_due_at, p.contact_warn_at, p.feedback_warn_at,
       p.contacted_at, p.contacted_at <= p.contact_due_at,
       p.feedback_at, p.feedback_at <= p.feedback_due_at,
       p.resolved_at, case when p.resolved_at is not null then '已处理并回访顾客' end, null, p.closed_at,
       b.contact_breached or b.feedback_breached,
       case when b.contact_breached then p.contact_due_at when b.feedback_breached then p.feedback_due_at end,
       b.contact_breached, b.feedback_breached,
       case when p.category in ('STAFF_ERROR', 'SERVICE_ATTITUDE') then p.first_receiver_id end,
       p.received_at, coalesce(p.closed_at, p.resolved_at, p.feedback_at, p.contacted_at, p.received_at), 0
  from million_complaints p
 cross join lateral (select coalesce(p.contacted_at, now()) > p.contact_due_at as contact_breached,
                            coalesce(p.feedback_at, now()) > p.feedback_due_at as feedback_breached) b
 order by p.received_at;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

\echo '[million-data] inserting complaint events'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
insert into complaint_event (id, complaint_id, at, kind, actor_id, actor, from_status, to_status, note)
select gen_random_uuid(), e.complaint_id, e.at, e.kind, e.actor_id, 'million-bench', e.from_status, e.to_status,
       e.note
  from (select p.id as complaint_id, p.received_at as at, 'RECEIVED' as kind, p.first_receiver_id as actor_id,
               null as from_status, 'RECEIVED' as to_status, null as note
          from million_complaints p
        union all
        select p.id,
               case p.status when 'CONTACTED' then p.contacted_at when 'IN_PROGRESS' then coalesce(p.feedback_at, p.contacted_at)
                             when 'RESOLVED' then p.resolved_at else p.closed_at end,
               case p.status when 'IN_PROGRESS' then 'PROGRESS' else p.status end,
               p.owner_id, 'RECEIVED', p.status,
               case p.status when 'IN_PROGRESS' then '已联系顾客，正在处理' end
          from million_complaints p where p.status <> 'RECEIVED'
        union all
        -- the long timeline: three progress notes on each of that customer's complaints
        select p.id, p.received_at + k * interval '5 hours', 'PROGRESS', p.owner_id, p.status, p.status,
               '第' || k || '次跟进'
          from million_complaints p cross join generate_series(1, 3) k where p.i <= 40) e
 order by e.at;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- follow-ups

\echo '[million-data] inserting' :follow_ups 'follow-ups'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
create temp table million_follow_ups on commit drop as
with draws as (
    select i, random() as u_customer, random() as u_assignee, random() as u_due, random() as u_status,
           random() as u_purpose, random() as u_created, random() as u_attempt, random() as u_opinion,
           random() as u_answered, random() as u_more
      from generate_series(1, :follow_ups) i
    offset 0
), timed as (
    select d.*,
           case when d.i <= 40 then (select n from million_customers where id = :'timeline_id')
                else 1 + floor(d.u_customer * :live_customers)::int end as customer_n,
           now() - interval '365 days' + d.u_due * interval '395 days' as due_at
      from draws d
)
select t.i, md5('vipcare-million-follow-up:' || t.i)::uuid as id, mc.id as customer_id,
       coalesce(mc.manager_id, a.ids[1 + floor(t.u_assignee * a.n)::int]) as assignee_id,
       t.due_at,
       case when t.due_at > now() then 'OPEN'
            when t.u_status < 0.08 then 'OPEN' when t.u_status < 0.83 then 'DONE'
            when t.u_status < 0.93 then 'GAVE_UP' else 'CANCELLED' end as status,
       case when t.u_purpose < 0.25 then 'AFTER_REPAIR' when t.u_purpose < 0.50 then 'AFTER_PURCHASE'
            when t.u_purpose < 0.65 then 'SATISFACTION' when t.u_purpose < 0.75 then 'WELCOME'
            when t.u_purpose < 0.90 then 'BILL_ANALYSIS' else 'ACTIVITY_INVITE' end as purpose,
       least(now(), t.due_at - t.u_created * interval '7 days') as created_at,
       t.u_attempt, t.u_opinion, t.u_answered, t.u_more
  from timed t
  join million_customers mc on mc.n = t.customer_n
 cross join million_agents a;

insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts, max_attempts,
                       created_at, updated_at, version)
select f.id, f.customer_id, f.purpose, f.due_at, f.assignee_id, f.status, null,
       case f.status when 'DONE' then 1 + (f.u_more < 0.3)::int when 'GAVE_UP' then 3 else 0 end, 3,
       f.created_at, case when f.status = 'OPEN' then f.created_at else least(now(), f.due_at) end, 0
  from million_follow_ups f
 order by f.created_at;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

\echo '[million-data] inserting follow-up attempts'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome, satisfaction, suggestion, answer_due_at,
                               answer, answered_at, answered_by_id)
select gen_random_uuid(), a.follow_up_id, a.at, a.by_user_id, a.outcome, a.satisfaction, a.suggestion,
       case when a.suggestion is not null then a.at + interval '3 days' end,
       case when a.answered then '已回复顾客' end,
       case when a.answered then least(now(), a.at + interval '2 days') end,
       case when a.answered then a.by_user_id end
  from (select f.id as follow_up_id, least(now(), f.due_at) as at, f.assignee_id as by_user_id, 'REACHED' as outcome,
               1 + floor(f.u_more * 5)::int as satisfaction,
               case when f.u_opinion < 0.1 then '希望延长保修期' end as suggestion,
               f.u_opinion < 0.1 and f.u_answered < 0.85 as answered
          from million_follow_ups f where f.status = 'DONE' and f.u_attempt < 0.2 and f.i > 40
        union all
        -- the long timeline: three calls on each of that customer's tasks
        select f.id, f.created_at + k * interval '1 hour', f.assignee_id,
               (array['NO_ANSWER', 'BUSY', 'REACHED'])[k], case when k = 3 then 4 end, null, false
          from million_follow_ups f cross join generate_series(1, 3) k where f.i <= 40) a
 order by a.at;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

-- ------------------------------------------------------------- the long timeline's consumption records

insert into consumption_record (id, customer_id, occurred_at, amount, kind, external_id, created_at)
select gen_random_uuid(), :'timeline_id', now() - (k * interval '17 hours'), 88.00, 'SPEND', null,
       now() - (k * interval '17 hours') + interval '2 minutes'
  from generate_series(1, greatest(0, :timeline_events
         - (select count(*) from consumption_record where customer_id = :'timeline_id')
         - (select count(*) from complaint_event e join million_complaints p on p.id = e.complaint_id where p.i <= 40)
         - (select count(*) from tier_history where customer_id = :'timeline_id')
         - 120)) k;

-- ------------------------------------------------------------- rebuild what was dropped

\echo '[million-data] rebuilding indexes and constraints'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
select ddl from million_saved order by step \gexec
alter table follow_up_attempt enable trigger follow_up_attempt_satisfaction;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took

commit;

\echo '[million-data] vacuum analyze'
select extract(epoch from clock_timestamp()) as phase_t0 \gset
vacuum (analyze) customer;
vacuum (analyze) customer_standing;
vacuum (analyze) consumption_record;
vacuum (analyze) complaint;
vacuum (analyze) complaint_event;
vacuum (analyze) follow_up;
vacuum (analyze) follow_up_attempt;
vacuum (analyze) complaint_month_delta;
select format('[million-data]   %s s', round((extract(epoch from clock_timestamp()) - :phase_t0)::numeric, 1)) as took \gset
\echo :took
