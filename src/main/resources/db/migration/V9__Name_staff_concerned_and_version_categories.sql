-- Complaints about staff (SPEC 4, the most-complained-about staff) name the staff member concerned (涉及员工), who is
-- usually neither the first receiver nor the owner: until now the reports counted the first receiver, who is just
-- whoever took the call. Optional; complaints without one are not attributed to anybody.
alter table complaint add column staff_concerned_id uuid references app_user (id);

-- The staff ranking reads the period's complaints that name somebody, through a partial index that replaces V5's
-- index of staff-category complaints by first receiver.
drop index complaint_report_staff;
create index complaint_report_staff on complaint (received_at) include (staff_concerned_id)
    where staff_concerned_id is not null;
