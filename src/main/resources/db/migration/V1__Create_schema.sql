-- Foundation schema: users, customers, consumption, tier history, audit, idempotency, login throttle.
create extension if not exists pg_trgm;

create table app_user (
    id            uuid primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(100) not null,
    roles         varchar(100) not null,
    department    varchar(100),
    star          smallint check (star between 1 and 5),
    language      varchar(10),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);

create table customer (
    id                  uuid primary key,
    external_ref        varchar(100) unique,
    name                varchar(200) not null,
    type                varchar(20)  not null,
    id_doc_type         varchar(30),
    id_doc_number       varchar(64),
    phone_mobile        varchar(20),
    phone_office        varchar(20),
    phone_home          varchar(20),
    email               varchar(200),
    address             varchar(500),
    birthday            date,
    preferred_channel   varchar(10),
    contact_from        time,
    contact_to          time,
    payment_type        varchar(10),
    joined_at           date         not null,
    manager_id          uuid references app_user (id),
    language            varchar(10),
    notes               text,
    communication_style varchar(20),
    value_orientation   varchar(20),
    tier                varchar(20)  not null default 'ORDINARY',
    watch               boolean      not null default false,
    value_class         varchar(1)   not null default 'D',
    loyalty_type        varchar(10)  not null default 'ZERO',
    erased_at           timestamptz,
    -- What the list's q matches: name, phones and external reference.
    search_text         text generated always as (lower(name || ' ' || coalesce(phone_mobile, '') || ' '
                            || coalesce(phone_office, '') || ' ' || coalesce(phone_home, '') || ' '
                            || coalesce(external_ref, ''))) stored,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
-- Lists only ever show live customers: every list index is partial on that.
create index customer_search on customer using gin (search_text gin_trgm_ops) where erased_at is null;
create index customer_name on customer (name, id) where erased_at is null;
create index customer_manager on customer (manager_id) where erased_at is null;
create index customer_tier on customer (tier, watch) where erased_at is null;
create index customer_value_class on customer (value_class) where erased_at is null;
create index customer_joined on customer (joined_at) where erased_at is null;
create index customer_created on customer (created_at, id) where erased_at is null;

create table consumption_record (
    id          uuid primary key,
    customer_id uuid          not null references customer (id),
    occurred_at timestamptz   not null,
    amount      numeric(14, 2) not null default 0 check (amount >= 0),
    kind        varchar(10)   not null,
    external_id varchar(100)  unique,
    created_at  timestamptz   not null
);
create index consumption_customer_time on consumption_record (customer_id, occurred_at desc);
create index consumption_time on consumption_record (occurred_at);

create table tier_history (
    id             uuid primary key,
    customer_id    uuid        not null references customer (id),
    from_tier      varchar(20),
    to_tier        varchar(20) not null,
    reason         varchar(200) not null,
    policy_version integer,
    changed_at     timestamptz not null
);
create index tier_history_customer on tier_history (customer_id, changed_at desc);

create table audit_entry (
    id          bigserial primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    action      varchar(30)  not null,
    customer_id uuid,
    endpoint    varchar(300),
    detail      varchar(1000)
);
create index audit_customer on audit_entry (customer_id, at desc);
create index audit_actor on audit_entry (actor, at desc);
create index audit_at on audit_entry (at desc);

-- The audit trail is append-only, whatever connects to the database.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or deleted';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

create table idempotency_record (
    actor        varchar(64)  not null,
    key          varchar(200) not null,
    request_hash varchar(64)  not null,
    status       integer,
    location     varchar(500),
    body         text,
    created_at   timestamptz  not null,
    primary key (actor, key)
);
create index idempotency_created on idempotency_record (created_at);

create table login_failure (
    id             bigserial primary key,
    username       varchar(64) not null,
    client_address varchar(64) not null,
    at             timestamptz not null
);
create index login_failure_username on login_failure (username, at);
create index login_failure_address on login_failure (client_address, at);
