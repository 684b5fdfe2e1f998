-- Call reports (FollowUpReportSql) sum the call tasks due in a day, week or month. Joining each task to its calls
-- costs a probe per task (80,000 in a month at a million tasks: over a second), so each task carries what its calls
-- came to, kept by a trigger on its calls, and the index on due_at includes it all: a report reads one range of one
-- index and joins nothing but the few WELCOME upgrades and the dissatisfied calls it lists.
alter table follow_up
    add column reached_at           timestamptz,          -- the REACHED call (one at most: it ends the task)
    add column reached_satisfaction smallint,             -- its satisfaction, 1-5
    add column lead_calls           integer not null default 0, -- calls that recorded a lead
    add column opinions             integer not null default 0, -- calls that raised an opinion (answer_due_at)
    add column opinions_answered    integer not null default 0,
    add column opinions_on_time     integer not null default 0, -- answered at or before answer_due_at
    add column opinion_open_due_at  timestamptz;          -- the earliest answer_due_at still unanswered

create function follow_up_call_facts() returns trigger language plpgsql as $$
begin
    update follow_up f
       set (reached_at, reached_satisfaction, lead_calls, opinions, opinions_answered, opinions_on_time,
            opinion_open_due_at) =
           (select min(a.at) filter (where a.outcome = 'REACHED'),
                   min(a.satisfaction) filter (where a.outcome = 'REACHED'),
                   count(*) filter (where a.lead is not null),
                   count(a.answer_due_at),
                   count(*) filter (where a.answer_due_at is not null and a.answered_at is not null),
                   count(*) filter (where a.answered_at <= a.answer_due_at),
                   min(a.answer_due_at) filter (where a.answered_at is null)
              from follow_up_attempt a
             where a.follow_up_id = new.follow_up_id)
     where f.id = new.follow_up_id;
    return null;
end $$;

create trigger follow_up_attempt_call_facts after insert or update on follow_up_attempt
    for each row execute function follow_up_call_facts();

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

create index follow_up_report on follow_up (due_at)
    include (id, status, purpose, assignee_id, attempts, customer_id, created_at, reached_at, reached_satisfaction,
             lead_calls, opinions, opinions_answered, opinions_on_time, opinion_open_due_at);
