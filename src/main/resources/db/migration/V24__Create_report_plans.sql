-- The action plans and lessons (行动计划、经验教训) of the quarterly and yearly complaint reports (SPEC 4): text that
-- supervisors write for a period and that prints with its report. One row per period, keyed by the period's first
-- day in the business zone; a version for the stale-edit check of the console form.
create table report_plan (
    id          uuid        primary key,
    period      varchar(16) not null check (period in ('QUARTER', 'YEAR')),
    starts_on   date        not null,
    action_plan text        not null default '',
    lessons     text        not null default '',
    updated_by  varchar(64),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint report_plan_period unique (period, starts_on),
    constraint report_plan_length check (length(action_plan) <= 4000 and length(lessons) <= 4000)
);
