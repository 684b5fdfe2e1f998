-- Indexes the lists need at a million customers, 1 M complaints and 2 M follow-ups (bench/million.sh; the plans are
-- in bench/README.md, "A million customers").

-- What an agent may read of the complaints includes those of its customers ("customer_id in (select id from customer
-- where manager_id = :viewer)"), a subquery that, unlike the customer list, does not exclude erased customers: the
-- partial index could not serve it, and each such complaint list read all the customers. One index serves both.
drop index customer_manager;
create index customer_manager on customer (manager_id);

-- An owner's complaints still open, by due time: "overdue" (next_due_at < now, not CLOSED) of one owner, My day.
create index complaint_owner_open on complaint (owner_id, next_due_at) where status <> 'CLOSED';

-- An owner's complaints in queue order, with every column the SLA-state filters read (BREACHED, WARNING: My day): the
-- page walks them in order and stops at the page's end, and the count never visits the table.
create index complaint_owner_queue on complaint (owner_id, escalated desc, next_due_at, received_at, id)
    include (status, contact_breached, contact_on_time, contacted_at, contact_due_at, contact_warn_at,
             feedback_breached, feedback_on_time, feedback_at, feedback_due_at, feedback_warn_at);

-- Opinions waiting for an answer, and whose task is whose: the count of one agent's unanswered opinions (My day) is a
-- join of two index-only scans instead of a visit to every one of the agent's tasks.
create index follow_up_attempt_unanswered on follow_up_attempt (answer_due_at, id) include (follow_up_id)
    where answer_due_at is not null and answered_at is null;
create index follow_up_assignee on follow_up (assignee_id, id);
