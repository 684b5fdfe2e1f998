-- Call reports (FollowUpReportSql) take the tasks due in a day, week or month: a range on due_at whatever the status.
-- follow_up_status_due leads with the status, so such a range was a walk of the whole table; the columns the report
-- sums ride along so that the tasks are read from the index alone.
create index follow_up_report on follow_up (due_at) include (status, purpose, assignee_id, attempts, customer_id,
                                                              created_at);
