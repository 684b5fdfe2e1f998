-- A call is steered by hand (rescheduled, reassigned, cancelled) or follows its customer to a new manager; every
-- such change is kept, so that the call and the customer's timeline tell who moved it, when, from what and why.
alter table follow_up add column cancel_reason varchar(1000);

create table follow_up_event (
    id                uuid primary key,
    follow_up_id      uuid          not null references follow_up (id),
    customer_id       uuid          not null references customer (id),
    kind              varchar(24)   not null
        check (kind in ('RESCHEDULED', 'REASSIGNED', 'CANCELLED', 'MOVED_WITH_CUSTOMER')),
    from_due_at       timestamptz,
    to_due_at         timestamptz,
    from_assignee_id  uuid references app_user (id),
    to_assignee_id    uuid references app_user (id),
    note              varchar(1000),
    by_user_id        uuid references app_user (id),
    at                timestamptz   not null
);
create index follow_up_event_task on follow_up_event (follow_up_id, at);
create index follow_up_event_customer on follow_up_event (customer_id, at desc);
