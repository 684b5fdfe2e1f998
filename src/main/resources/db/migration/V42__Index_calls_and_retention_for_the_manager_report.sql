-- The manager performance report (report/ManagerReportSql, docs/manager-report.md) reads a period of calls and of
-- closed retention cases across all managers. Calls had no index on their time (only per task), so a month of calls
-- was a scan of every call ever made; with the columns the report sums included, a period is one index-only range.
create index follow_up_attempt_at on follow_up_attempt (at)
    include (by_user_id, follow_up_id, outcome, duration_minutes, satisfaction);

-- Retention cases closed in a period, by manager and outcome (the other indexes start with stage, outcome or opening).
create index retention_case_closed on retention_case (closed_at)
    include (manager_id, outcome)
    where stage = 'CLOSED';
