-- Complaint reports (SPEC 4, 抱怨分析及报告) aggregate a whole period of complaints in one index-only pass
-- (report/ComplaintReports). At 1,000,000 complaints a year holds ~500,000 of them, so a report must neither visit
-- the heap nor join the follow-up tables.

-- 1. Each complaint carries the satisfaction answers of its verification calls (跟踪核实): the sum and the number of
--    REACHED attempts with a satisfaction on its AFTER_COMPLAINT follow-ups. Attempts are never changed or deleted,
--    so adding on insert keeps the figures exact; the complaint's version is left alone (derived data, not an edit).
alter table complaint
    add column satisfaction_sum     integer not null default 0,
    add column satisfaction_answers integer not null default 0;

update complaint c
   set satisfaction_sum = s.total, satisfaction_answers = s.answers
  from (select f.complaint_id, sum(a.satisfaction) as total, count(*) as answers
          from follow_up_attempt a
          join follow_up f on f.id = a.follow_up_id
         where f.purpose = 'AFTER_COMPLAINT' and f.complaint_id is not null
           and a.outcome = 'REACHED' and a.satisfaction is not null
         group by f.complaint_id) s
 where c.id = s.complaint_id;

create function complaint_add_satisfaction() returns trigger language plpgsql as $$
begin
    update complaint c
       set satisfaction_sum = c.satisfaction_sum + new.satisfaction,
           satisfaction_answers = c.satisfaction_answers + 1
      from follow_up f
     where f.id = new.follow_up_id and f.purpose = 'AFTER_COMPLAINT' and c.id = f.complaint_id;
    return null;
end
$$;

create trigger follow_up_attempt_satisfaction after insert on follow_up_attempt
    for each row when (new.outcome = 'REACHED' and new.satisfaction is not null)
    execute function complaint_add_satisfaction();

-- 2. Every column the report's main pass reads, behind the period bound.
create index complaint_report on complaint (received_at)
    include (owner_id, category, contact_on_time, contact_breached, feedback_on_time, feedback_breached,
             satisfaction_sum, satisfaction_answers);

-- 3. The most-complained-about staff: complaints about staff, by first receiver.
create index complaint_report_staff on complaint (received_at) include (first_receiver_id)
    where category in ('STAFF_ERROR', 'SERVICE_ATTITUDE');
