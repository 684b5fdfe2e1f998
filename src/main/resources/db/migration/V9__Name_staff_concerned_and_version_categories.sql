-- Complaints about staff (SPEC 4, the most-complained-about staff) name the staff member concerned (涉及员工), who is
-- usually neither the first receiver nor the owner: until now the reports counted the first receiver, who is just
-- whoever took the call. Optional; complaints without one are not attributed to anybody.
alter table complaint add column staff_concerned_id uuid references app_user (id);

-- The staff ranking reads the period's complaints that name somebody, through a partial index that replaces V5's
-- index of staff-category complaints by first receiver.
drop index complaint_report_staff;
create index complaint_report_staff on complaint (received_at) include (staff_concerned_id)
    where staff_concerned_id is not null;

-- Complaint categories are edited through the API (PUT /api/v1/complaint-categories/{code}): a version for If-Match,
-- who changed them when, and the code format the API accepts, so that nothing else can store another.
alter table complaint_category
    add column created_at timestamptz not null default now(),
    add column updated_at timestamptz not null default now(),
    add column updated_by varchar(64),
    add column version    bigint      not null default 0,
    add constraint complaint_category_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,29}$');
