-- Tier policy as versioned data (SPEC 2.1, 2.5), evaluation runs, the customer's window figures,
-- and the follow-up task table that welcome care writes into (SPEC 5 extends it).

create table tier_policy (
    version          integer primary key,
    window_days      integer       not null check (window_days between 30 and 1096),
    watch_drop_ratio numeric(4, 3) not null check (watch_drop_ratio > 0 and watch_drop_ratio < 1),
    watch_sla_multiplier numeric(4, 2) not null check (watch_sla_multiplier > 0),
    created_at       timestamptz   not null,
    created_by       varchar(64)   not null,
    note             varchar(300)
);

create table tier_rule (
    policy_version         integer       not null references tier_policy (version),
    code                   varchar(20)   not null,
    rank                   smallint      not null check (rank between 1 and 4),
    spend_multiplier       numeric(6, 3) check (spend_multiplier >= 0),
    visit_multiplier       numeric(6, 3) check (visit_multiplier >= 0),
    min_spend              numeric(14, 2) check (min_spend >= 0),
    min_visits             integer       check (min_visits >= 0),
    sla_multiplier         numeric(4, 2) not null check (sla_multiplier > 0),
    dedicated_manager      boolean       not null,
    lounge_visits_per_year integer       not null check (lounge_visits_per_year >= 0),
    club_activities        boolean       not null,
    primary key (policy_version, code),
    unique (policy_version, rank)
);

insert into tier_policy (version, window_days, watch_drop_ratio, watch_sla_multiplier, created_at, created_by, note)
values (1, 365, 0.5, 0.75, now(), 'system', 'SPEC defaults');
insert into tier_rule values
    (1, 'DIAMOND', 1, 2, 2, null, null, 0.5, true, 6, true),
    (1, 'GOLD', 2, 1, 1, null, null, 0.75, true, 2, true),
    (1, 'SILVER', 3, null, 1, null, null, 1, false, 0, true),
    (1, 'ORDINARY', 4, null, null, null, null, 1, false, 0, false);

create table tier_evaluation (
    id             uuid primary key,
    status         varchar(10) not null,
    policy_version integer     not null references tier_policy (version),
    requested_by   varchar(64) not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    evaluated      integer,
    upgraded       integer,
    downgraded     integer,
    watch_flagged  integer,
    error          varchar(1000)
);
-- At most one run at a time, whatever replica asks.
create unique index tier_evaluation_one_running on tier_evaluation (status) where status = 'RUNNING';
create index tier_evaluation_started on tier_evaluation (started_at desc);

alter table customer
    add column window_spend        numeric(14, 2) not null default 0,
    add column window_visits       integer        not null default 0;
create index customer_loyalty on customer (loyalty_type) where erased_at is null;

create table follow_up (
    id           uuid primary key,
    customer_id  uuid         not null references customer (id),
    purpose      varchar(20)  not null,
    due_at       timestamptz  not null,
    assignee_id  uuid references app_user (id),
    status       varchar(10)  not null default 'OPEN',
    note         varchar(1000),
    attempts     integer      not null default 0,
    max_attempts integer      not null default 3,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);
create index follow_up_queue on follow_up (assignee_id, status, due_at);
create index follow_up_customer on follow_up (customer_id, created_at desc);
