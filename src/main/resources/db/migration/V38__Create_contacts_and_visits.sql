-- Enterprise accounts (issue 15, account/, docs/accounts.md): the people inside an enterprise customer with their
-- role in a purchase (seed 002: user, decision maker, buyer, influencer, commentator), and the manager's visits.
create table customer_contact (
    id           uuid primary key,
    customer_id  uuid          not null references customer (id),
    name         varchar(100)  not null,
    title        varchar(100),
    -- Personal data: masked like a customer's phones and email for those who see the customer masked.
    mobile       varchar(32),
    office_phone varchar(32),
    email        varchar(200),
    buying_role  varchar(20)   not null
        check (buying_role in ('USER', 'DECISION_MAKER', 'BUYER', 'INFLUENCER', 'COMMENTATOR')),
    liaison      boolean       not null default false,
    birthday     date,
    notes        varchar(2000),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0
);
-- The customer page lists contacts grouped by role.
create index customer_contact_customer on customer_contact (customer_id, buying_role, name);

-- A visit is planned (plannedAt, purpose, contacts to meet, a preparation checklist) and later recorded (visitedAt,
-- summary, next steps, leads). OVERDUE is derived: PLANNED with plannedAt in the past.
create table visit (
    id               uuid primary key,
    customer_id      uuid          not null references customer (id),
    -- The manager who makes the visit; a new manager of the customer takes over its planned visits.
    manager_id       uuid          not null references app_user (id),
    planned_at       timestamptz   not null,
    purpose          varchar(500)  not null,
    -- [{"item": "...", "done": false}], copied from the reference checklist when planned, then the manager's own.
    checklist        jsonb         not null default '[]',
    status           varchar(10)   not null check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    visited_at       timestamptz,
    -- Service time the manager performance report counts with call durations (ABCD shares).
    duration_minutes integer       check (duration_minutes between 0 and 1440),
    summary          varchar(4000),
    next_steps       varchar(2000),
    leads            varchar(2000),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint visit_done_has_time check (status <> 'DONE' or visited_at is not null)
);
create index visit_customer on visit (customer_id, planned_at desc);
-- A manager's agenda and the manager performance report read visits by manager and time.
create index visit_manager_planned on visit (manager_id, planned_at) where status = 'PLANNED';
create index visit_manager_done on visit (manager_id, visited_at) where status = 'DONE';

-- The contacts a visit is to meet; deleting a contact takes it off the visits.
create table visit_contact (
    visit_id   uuid not null references visit (id) on delete cascade,
    contact_id uuid not null references customer_contact (id) on delete cascade,
    primary key (visit_id, contact_id)
);
