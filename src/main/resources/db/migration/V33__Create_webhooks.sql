-- Signed webhooks for integrators (webhook/, docs/webhooks.md). A webhook is a URL, the events it subscribes to and
-- a secret; the secret is stored only encrypted (AES-GCM, key vipcare.webhooks.encryption-key, bound to the row id).
create table webhook (
    id                uuid primary key,
    url               varchar(2000) not null,
    events            text[]        not null,
    secret_ciphertext bytea         not null,
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0
);
-- The transactional outbox's writers pick the webhooks subscribed to one event.
create index webhook_events on webhook using gin (events);

-- The outbox: one row per event and subscribed webhook, written in the transaction of the change. Its id is the
-- X-VipCare-Delivery header, the same on every try; the body is fixed when written, so every try signs the same bytes.
create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid          not null references webhook (id) on delete cascade,
    event           varchar(40)   not null,
    -- The payload's id: one per event, the same for every webhook that hears it.
    event_id        uuid          not null,
    body            text          not null,
    state           varchar(10)   not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    -- Tries claimed so far (a claim counts even when its sender died before recording a result).
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    -- The lease of the sender that claimed it; past it, another sender may claim it again (at least once).
    locked_until    timestamptz,
    created_at      timestamptz   not null,
    finished_at     timestamptz,
    unique (webhook_id, event_id)
);
-- The sender's claim: due pending rows, earliest first.
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
-- The delivery log of one webhook, newest first.
create index webhook_delivery_log on webhook_delivery (webhook_id, created_at desc);

-- Every try of a delivery: the log an admin reads.
create table webhook_attempt (
    id              bigint generated always as identity primary key,
    delivery_id     uuid         not null references webhook_delivery (id) on delete cascade,
    attempt         int          not null,
    at              timestamptz  not null,
    status_code     int,
    error           varchar(500),
    duration_ms     int          not null,
    -- The delivery's state after this try: PENDING (will retry at next_attempt_at), DELIVERED or FAILED.
    state           varchar(10)  not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    next_attempt_at timestamptz
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
