-- The business calendar (issue 4): the week's working hours and the calendar days that differ from them, public
-- holidays and China's make-up working days (调休). SLA clocks in WORKING mode, the amber warning, the answer-due
-- time of opinions raised in follow-up calls and the daily SPECIAL_DATE tasks are built on it.

-- One row per ISO day of the week (1 = Monday); a closed day has no hours. The seven rows are rewritten together
-- and share one revision, the ETag of the working hours.
create table working_hours (
    day_of_week smallint    primary key check (day_of_week between 1 and 7),
    opens_at    time,
    closes_at   time,
    revision    bigint      not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  varchar(64),
    check ((opens_at is null) = (closes_at is null)),
    check (opens_at < closes_at)
);
insert into working_hours (day_of_week, opens_at, closes_at) values
    (1, '09:00', '18:00'), (2, '09:00', '18:00'), (3, '09:00', '18:00'), (4, '09:00', '18:00'),
    (5, '09:00', '18:00'), (6, null, null), (7, null, null);

-- A day that is not what its weekday says: HOLIDAY (closed) or WORKDAY (a make-up working day on a weekend, with
-- the standard hours).
create table calendar_day (
    day        date         primary key,
    kind       varchar(8)   not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(100) not null,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    updated_by varchar(64),
    version    bigint       not null default 0
);

-- PRC public holidays and make-up working days of 2026, from the State Council notice of 2025-11-04
-- (国务院办公厅关于2026年部分节假日安排的通知). Every day of each break is listed, weekends included.
-- The State Council announces each year's arrangement in November: an admin must check these rows and enter the
-- next year's through PUT /api/v1/calendar/days/{date} every year; 2027 is deliberately not seeded.
insert into calendar_day (day, kind, name)
select d::date, 'HOLIDAY', name
  from (values ('2026-01-01', '2026-01-03', '元旦 New Year''s Day'),
               ('2026-02-15', '2026-02-23', '春节 Spring Festival'),
               ('2026-04-04', '2026-04-06', '清明节 Qingming Festival'),
               ('2026-05-01', '2026-05-05', '劳动节 Labour Day'),
               ('2026-06-19', '2026-06-21', '端午节 Dragon Boat Festival'),
               ('2026-09-25', '2026-09-27', '中秋节 Mid-Autumn Festival'),
               ('2026-10-01', '2026-10-07', '国庆节 National Day')) as holiday (from_day, to_day, name),
       generate_series(from_day::date, to_day::date, interval '1 day') as d;
insert into calendar_day (day, kind, name) values
    ('2026-01-04', 'WORKDAY', '元旦调休上班 New Year make-up working day'),
    ('2026-02-14', 'WORKDAY', '春节调休上班 Spring Festival make-up working day'),
    ('2026-02-28', 'WORKDAY', '春节调休上班 Spring Festival make-up working day'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班 Labour Day make-up working day'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班 National Day make-up working day'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班 National Day make-up working day');

-- Amber warning: the time 75 % of each clock has run, stored beside the due time (same basis, wall or working).
-- Complaints recorded before this migration ran on wall-clock time.
alter table complaint add column contact_warn_at timestamptz;
alter table complaint add column feedback_warn_at timestamptz;
update complaint set contact_warn_at = received_at + (contact_due_at - received_at) * 0.75,
                     feedback_warn_at = received_at + (feedback_due_at - received_at) * 0.75;
alter table complaint alter column contact_warn_at set not null;
alter table complaint alter column feedback_warn_at set not null;
-- What slaState=WARNING looks at: clocks still running.
create index complaint_contact_warn on complaint (contact_warn_at) where contacted_at is null;
create index complaint_feedback_warn on complaint (feedback_warn_at) where feedback_at is null;

-- Customer opinions (suggestions, problems) raised in a call are answered within 2 working days.
alter table follow_up_attempt add column answer_due_at timestamptz;
alter table follow_up_attempt add column answer varchar(2000);
alter table follow_up_attempt add column answered_at timestamptz;
alter table follow_up_attempt add column answered_by_id uuid references app_user (id);
create index follow_up_attempt_opinion on follow_up_attempt (answer_due_at) where answer_due_at is not null;

-- SPECIAL_DATE tasks remember the day and the reason they were made for: one task per customer, day and reason,
-- whichever replica or run makes it (NULLs never collide, so other tasks are unaffected).
alter table follow_up add column special_date date;
alter table follow_up add column special_reason varchar(12) check (special_reason in ('BIRTHDAY', 'ANNIVERSARY'));
alter table follow_up add constraint follow_up_special_date_once unique (customer_id, special_date, special_reason);
