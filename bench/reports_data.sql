-- Set-based data for bench/reports.sh: :complaints complaints spread over the two years 2024-12-01 .. 2026-11-30
-- (Asia/Shanghai), owned by 50 users in 8 departments, with SLA outcomes, breaches and, for the resolved ones,
-- AFTER_COMPLAINT follow-ups with call attempts; plus other follow-ups so that the complaint ones are a minority.
-- Seeded: two loads of the same size give the same shape. Needs the schema (Flyway's, from the app).
\set ON_ERROR_STOP 1
select setseed(0.42);

insert into app_user (id, username, display_name, password_hash, roles, department, star, enabled, created_at, updated_at)
select md5('bench-user-' || n)::uuid, 'bench-user-' || n, 'Bench User ' || lpad(n::text, 2, '0'),
       '!', 'AGENT', 'Department ' || (1 + n % 8), 3, true, now(), now()
  from generate_series(0, 49) n;

insert into customer (id, name, type, joined_at, created_at, updated_at)
select md5('bench-customer-' || n)::uuid, 'Bench customer ' || n, 'INDIVIDUAL', date '2019-01-01' + n % 2000, now(), now()
  from generate_series(0, 19999) n;

create temp table staff as
select n, md5('bench-user-' || n)::uuid as id from generate_series(0, 49) n;

-- One row per complaint with the dice it needs, then the complaint derived from them.
create temp table dice as
select g,
       timestamptz '2024-12-01 00:00:00+08' + random() * interval '730 days' as received_at,
       floor(random() * 50)::int as owner_n,
       random() as r_handover, random() as r_category, random() as r_contact, random() as r_feedback,
       random() as r_status, floor(random() * 20000)::int as customer_n
  from generate_series(1, :complaints) g;

insert into complaint (id, customer_id, received_at, channel, category, summary, first_receiver_id, owner_id,
                       staff_concerned_id, status, sla_multiplier, contact_due_at, feedback_due_at, contact_warn_at,
                       feedback_warn_at, contacted_at, contact_on_time, feedback_at, feedback_on_time, resolved_at,
                       closed_at, escalated, escalated_at, contact_breached, feedback_breached, created_at, updated_at)
select gen_random_uuid(), md5('bench-customer-' || d.customer_n)::uuid, d.received_at,
       (array['PHONE', 'VISIT', 'ONLINE', 'LETTER', 'SOCIAL'])[1 + d.g % 5],
       case when d.r_category < 0.18 then 'PRODUCT_QUALITY' when d.r_category < 0.32 then 'REPAIR_QUALITY'
            when d.r_category < 0.40 then 'PARTS_UNAVAILABLE' when d.r_category < 0.47 then 'STAFF_ERROR'
            when d.r_category < 0.56 then 'SERVICE_ATTITUDE' when d.r_category < 0.68 then 'PRICING'
            when d.r_category < 0.82 then 'BILLING' when d.r_category < 0.94 then 'NETWORK' else 'OTHER' end,
       'Bench complaint ' || d.g,
       -- one in ten was handed over: the first receiver is another user than the owner
       md5('bench-user-' || case when d.r_handover < 0.9 then d.owner_n else (d.owner_n + 7) % 50 end)::uuid,
       md5('bench-user-' || d.owner_n)::uuid,
       -- complaints about staff name the staff member concerned, one of 23 users
       case when d.r_category >= 0.40 and d.r_category < 0.56 then md5('bench-user-' || d.g % 23)::uuid end,
       case when o.contacted is null then 'RECEIVED' when o.fed_back is null then 'CONTACTED'
            when d.r_status < 0.60 then 'CLOSED' when d.r_status < 0.80 then 'RESOLVED' else 'IN_PROGRESS' end,
       1.00, d.received_at + interval '2 hours', d.received_at + interval '3 days',
       d.received_at + interval '90 minutes', d.received_at + interval '54 hours',
       d.received_at + o.contacted, o.contacted <= interval '2 hours',
       d.received_at + o.fed_back, o.fed_back <= interval '3 days',
       case when o.fed_back is not null and d.r_status < 0.80 then d.received_at + o.fed_back end,
       case when o.fed_back is not null and d.r_status < 0.60 then d.received_at + o.fed_back + interval '2 days' end,
       o.contact_breached or o.feedback_breached,
       case when o.contact_breached then d.received_at + interval '2 hours'
            when o.feedback_breached then d.received_at + interval '3 days' end,
       o.contact_breached, o.feedback_breached, d.received_at, d.received_at
  from dice d
 cross join lateral (
       -- marked as the breach detector marks them, so that it finds nothing left to do while the bench measures
       select contacted, fed_back,
              contacted is null or contacted > interval '2 hours' as contact_breached,
              fed_back is null or fed_back > interval '3 days' as feedback_breached
         from (select case when d.r_contact < 0.86 then interval '40 minutes'
                           when d.r_contact < 0.97 then interval '5 hours' end as contacted,
                      case when d.r_contact >= 0.97 then null
                           when d.r_feedback < 0.83 then interval '2 days'
                           when d.r_feedback < 0.95 then interval '4 days' end as fed_back) t
       ) o;

-- The verification call of every resolved or closed complaint; closed ones were reached (some at the second try).
insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, attempts, complaint_id, created_at,
                       updated_at)
select gen_random_uuid(), c.customer_id, 'AFTER_COMPLAINT', c.resolved_at + interval '1 day', c.owner_id,
       case when c.status = 'CLOSED' then 'DONE' else 'OPEN' end,
       case when c.status = 'CLOSED' then 1 else 0 end, c.id, c.resolved_at, c.resolved_at
  from complaint c
 where c.resolved_at is not null;

-- The attempts go in without the V5 trigger that adds each REACHED answer to its complaint (right for the service's
-- one attempt at a time, minutes for half a million rows); the sums are then added set-based, as V5 did for the
-- attempts that existed before it. The complaints end up exactly as the trigger would have left them.
alter table follow_up_attempt disable trigger follow_up_attempt_satisfaction;

-- Satisfaction leans on the owner: users 0, 10, 20, ... are liked (mostly 5), the others average about 3.9.
insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome, satisfaction)
select gen_random_uuid(), f.id, f.due_at + interval '2 hours', f.assignee_id, 'REACHED',
       case when s.n % 10 = 0 then case when random() < 0.9 then 5 else 4 end
            else least(5, 2 + floor(random() * 3.6)::int) end
  from follow_up f
  join staff s on s.id = f.assignee_id
 where f.purpose = 'AFTER_COMPLAINT' and f.status = 'DONE';
insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome)
select gen_random_uuid(), f.id, f.due_at, f.assignee_id, 'NO_ANSWER'
  from follow_up f
 where f.purpose = 'AFTER_COMPLAINT' and random() < 0.3;

-- Other call tasks of the same customers, none about a complaint.
insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, created_at, updated_at)
select gen_random_uuid(), md5('bench-customer-' || (g % 20000))::uuid,
       (array['AFTER_REPAIR', 'AFTER_PURCHASE', 'SPECIAL_DATE', 'SATISFACTION'])[1 + g % 4],
       timestamptz '2024-12-01 00:00:00+08' + random() * interval '730 days',
       md5('bench-user-' || (g % 50))::uuid, 'DONE', now(), now()
  from generate_series(1, :complaints / 4) g;
insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome, satisfaction)
select gen_random_uuid(), f.id, f.due_at, f.assignee_id, 'REACHED', 1 + floor(random() * 5)::int
  from follow_up f
 where f.complaint_id is null and f.customer_id in (select md5('bench-customer-' || n)::uuid from generate_series(0, 19999) n);

alter table follow_up_attempt enable trigger follow_up_attempt_satisfaction;
update complaint c
   set satisfaction_sum = s.total, satisfaction_answers = s.answers
  from (select f.complaint_id, sum(a.satisfaction) as total, count(*) as answers
          from follow_up_attempt a
          join follow_up f on f.id = a.follow_up_id
         where f.purpose = 'AFTER_COMPLAINT' and f.complaint_id is not null
           and a.outcome = 'REACHED' and a.satisfaction is not null
         group by f.complaint_id) s
 where c.id = s.complaint_id;
