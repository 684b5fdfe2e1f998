-- Complaints (SPEC 4): the record with its SLA clocks, its history of moves and handovers, the editable category
-- list; follow-up call attempts (SPEC 5) and the link from an AFTER_COMPLAINT task to its complaint.

create table complaint_category (
    code       varchar(30)  primary key,
    name_en    varchar(100) not null,
    name_zh    varchar(100) not null,
    active     boolean      not null default true,
    sort_order smallint     not null
);
insert into complaint_category (code, name_en, name_zh, sort_order) values
    ('PRODUCT_QUALITY', 'Product quality', '产品质量', 1),
    ('REPAIR_QUALITY', 'Repair quality', '维修质量', 2),
    ('PARTS_UNAVAILABLE', 'Parts unavailable', '配件缺货', 3),
    ('STAFF_ERROR', 'Staff error', '员工差错', 4),
    ('SERVICE_ATTITUDE', 'Service attitude', '服务态度', 5),
    ('PRICING', 'Pricing', '价格', 6),
    ('BILLING', 'Billing', '账单', 7),
    ('NETWORK', 'Network', '网络', 8),
    ('OTHER', 'Other', '其他', 9);

create table complaint (
    id                uuid primary key,
    customer_id       uuid          not null references customer (id),
    received_at       timestamptz   not null,
    channel           varchar(10)   not null,
    place             varchar(200),
    category          varchar(30)   not null references complaint_category (code),
    summary           varchar(2000) not null,
    demand            varchar(2000),
    complainant_type  varchar(12),
    purpose           varchar(10),
    first_receiver_id uuid          not null references app_user (id),
    owner_id          uuid          not null references app_user (id),
    status            varchar(12)   not null,
    -- The tier multiplier the due times were computed with, kept because the policy and the tier may change.
    sla_multiplier    numeric(4, 2) not null check (sla_multiplier > 0),
    contact_due_at    timestamptz   not null,
    feedback_due_at   timestamptz   not null,
    contacted_at      timestamptz,
    contact_on_time   boolean,
    feedback_at       timestamptz,
    feedback_on_time  boolean,
    resolved_at       timestamptz,
    resolution        varchar(2000),
    compensation      varchar(500),
    closed_at         timestamptz,
    reopened_at       timestamptz,
    -- Written only by the breach detector; sticky: a late action never clears them.
    escalated         boolean       not null default false,
    escalated_at      timestamptz,
    contact_breached  boolean       not null default false,
    feedback_breached boolean       not null default false,
    -- The next clock still running, for "earliest due first" and the overdue filter.
    next_due_at       timestamptz generated always as (case when contacted_at is null then contact_due_at
                                                            when feedback_at is null then feedback_due_at end) stored,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0
);
create index complaint_queue on complaint (escalated desc, next_due_at, received_at) where status <> 'CLOSED';
create index complaint_status on complaint (status, received_at desc);
create index complaint_category_received on complaint (category, received_at desc);
create index complaint_owner on complaint (owner_id, status);
create index complaint_first_receiver on complaint (first_receiver_id);
create index complaint_customer on complaint (customer_id, received_at desc);
create index complaint_received on complaint (received_at desc);
create index complaint_overdue on complaint (next_due_at) where status <> 'CLOSED';
-- What the breach detector scans: open clocks that have not been marked yet.
create index complaint_breach_candidates on complaint (contact_due_at, feedback_due_at)
    where status <> 'CLOSED' and ((not contact_breached and contact_on_time is not true)
                                  or (not feedback_breached and feedback_on_time is not true));

create table complaint_event (
    id            uuid primary key,
    complaint_id  uuid         not null references complaint (id),
    at            timestamptz  not null,
    kind          varchar(12)  not null,
    actor_id      uuid references app_user (id),
    actor         varchar(64)  not null,
    from_status   varchar(12),
    to_status     varchar(12)  not null,
    from_owner_id uuid references app_user (id),
    to_owner_id   uuid references app_user (id),
    note          varchar(2000)
);
create index complaint_event_complaint on complaint_event (complaint_id, at);

alter table follow_up add column complaint_id uuid references complaint (id);
create index follow_up_complaint on follow_up (complaint_id) where complaint_id is not null;
create index follow_up_status_due on follow_up (status, due_at);

create table follow_up_attempt (
    id           uuid primary key,
    follow_up_id uuid          not null references follow_up (id),
    at           timestamptz   not null,
    by_user_id   uuid references app_user (id),
    outcome      varchar(10)   not null,
    satisfaction smallint check (satisfaction between 1 and 5),
    answers      varchar(4000),
    suggestion   varchar(2000),
    problem      varchar(2000),
    lead         varchar(2000),
    callback_at  timestamptz,
    complaint_id uuid references complaint (id)
);
create index follow_up_attempt_task on follow_up_attempt (follow_up_id, at);
