-- Set-based data for bench/callreports.sh: :followups call tasks due over the year 2025-12-01 .. 2026-11-30
-- (Asia/Shanghai), assigned to 50 agents, every purpose, with their call attempts (about 1.4 per task: unreached
-- tries, then REACHED for most), satisfaction, leads and opinions (some answered late), and the tier upgrades of the
-- customers who got a WELCOME call. Seeded: two loads of the same size give the same shape. Needs Flyway's schema.
\set ON_ERROR_STOP 1
select setseed(0.31);

insert into app_user (id, username, display_name, password_hash, roles, department, star, enabled, created_at, updated_at)
select md5('bench-agent-' || n)::uuid, 'bench-agent-' || n, 'Bench Agent ' || lpad(n::text, 2, '0'),
       '!', 'AGENT', 'Department ' || (1 + n % 8), 3, true, now(), now()
  from generate_series(0, 49) n;

insert into customer (id, name, type, joined_at, created_at, updated_at)
select md5('bench-call-customer-' || n)::uuid, 'Bench customer ' || n, 'INDIVIDUAL', date '2019-01-01' + n % 2000,
       now(), now()
  from generate_series(0, 99999) n;

-- One row per task with the dice it needs.
create temp table dice as
select g,
       gen_random_uuid() as id,
       timestamptz '2025-12-01 00:00:00+08' + random() * interval '365 days' as due_at,
       floor(random() * 50)::int as agent_n,
       floor(random() * 100000)::int as customer_n,
       (array['AFTER_REPAIR', 'AFTER_PURCHASE', 'AFTER_COMPLAINT', 'SPECIAL_DATE', 'SATISFACTION', 'WELCOME',
              'RETENTION_CARE', 'BILL_ANALYSIS', 'ACTIVITY_INVITE'])[1 + floor(random() * 9)::int] as purpose,
       random() as r_outcome, random() as r_late, random() as r_sat, random() as r_talk
  from generate_series(1, :followups) g;

-- Past tasks: 70 % reached (after 0-2 failed tries), 10 % given up after 3, the rest open; future ones open.
insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, attempts, failed_tries, max_attempts,
                       created_at, updated_at, version)
select d.id, md5('bench-call-customer-' || d.customer_n)::uuid, d.purpose, d.due_at,
       md5('bench-agent-' || d.agent_n)::uuid,
       case when d.due_at > timestamptz '2026-11-20 00:00:00+08' then 'OPEN'
            when d.r_outcome < 0.70 then 'DONE' when d.r_outcome < 0.80 then 'GAVE_UP' else 'OPEN' end,
       case when d.due_at > timestamptz '2026-11-20 00:00:00+08' then 0
            when d.r_outcome < 0.70 then 1 + floor(d.r_outcome * 4)::int % 3
            when d.r_outcome < 0.80 then 3 else 1 end,
       case when d.due_at > timestamptz '2026-11-20 00:00:00+08' then 0
            when d.r_outcome < 0.70 then floor(d.r_outcome * 4)::int % 3
            when d.r_outcome < 0.80 then 3 else 1 end,
       3, d.due_at - interval '2 days', d.due_at, 0
  from dice d;

alter table follow_up_attempt disable trigger follow_up_attempt_satisfaction;
-- the tasks' call facts are summed once, set-based, below (as V31 does), not call by call
alter table follow_up_attempt disable trigger follow_up_attempt_call_facts;

-- The unreached tries before the end: one row per failed try, an hour apart, before the due time.
insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome)
select gen_random_uuid(), f.id, f.due_at - make_interval(hours => t), f.assignee_id,
       (array['NO_ANSWER', 'BUSY', 'FAILED'])[1 + t % 3]
  from follow_up f
  join generate_series(1, 3) t on t <= f.failed_tries;

-- The reaching call: on time for 80 %, up to a day late otherwise; satisfaction skewed high, 6 % dissatisfied;
-- one in ten records a lead, one in eight a suggestion (an opinion, answered within 2 days mostly).
insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome, satisfaction, answers, suggestion, lead,
                               answer_due_at, answer, answered_at)
select gen_random_uuid(), f.id,
       f.due_at + case when d.r_late < 0.8 then - interval '10 minutes' else d.r_late * interval '1 day' end,
       f.assignee_id, 'REACHED',
       case when d.r_sat < 0.02 then 1 when d.r_sat < 0.06 then 2 when d.r_sat < 0.20 then 3
            when d.r_sat < 0.55 then 4 else 5 end,
       'Bench answers ' || d.g,
       case when d.r_talk < 0.125 then 'Bench suggestion ' || d.g end,
       case when d.r_talk > 0.9 then 'Bench lead ' || d.g end,
       case when d.r_talk < 0.125 then f.due_at + interval '2 days' end,
       case when d.r_talk < 0.10 then 'Bench answer ' || d.g end,
       case when d.r_talk < 0.10 then f.due_at + d.r_talk * interval '30 days' end
  from follow_up f
  join dice d on d.id = f.id
 where f.status = 'DONE';

alter table follow_up_attempt enable trigger follow_up_attempt_satisfaction;
alter table follow_up_attempt enable trigger follow_up_attempt_call_facts;

update follow_up f
   set (reached_at, reached_satisfaction, lead_calls, opinions, opinions_answered, opinions_on_time,
        opinion_open_due_at) =
       (c.reached_at, c.reached_satisfaction, c.lead_calls, c.opinions, c.opinions_answered, c.opinions_on_time,
        c.opinion_open_due_at)
  from (select a.follow_up_id,
               min(a.at) filter (where a.outcome = 'REACHED') as reached_at,
               min(a.satisfaction) filter (where a.outcome = 'REACHED') as reached_satisfaction,
               count(*) filter (where a.lead is not null) as lead_calls,
               count(a.answer_due_at) as opinions,
               count(*) filter (where a.answer_due_at is not null and a.answered_at is not null) as opinions_answered,
               count(*) filter (where a.answered_at <= a.answer_due_at) as opinions_on_time,
               min(a.answer_due_at) filter (where a.answered_at is null) as opinion_open_due_at
          from follow_up_attempt a
         group by a.follow_up_id) c
 where c.follow_up_id = f.id;

-- The upgrades behind the WELCOME calls: into GOLD a day before the task was made.
insert into tier_history (id, customer_id, from_tier, to_tier, reason, policy_version, changed_at)
select gen_random_uuid(), f.customer_id, 'SILVER', 'GOLD', 'bench upgrade', 1, f.created_at - interval '1 day'
  from follow_up f
 where f.purpose = 'WELCOME';
