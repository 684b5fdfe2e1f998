-- A console sign-in, held here so that logout, expiry and a user's changed security version end it on every replica.
-- The browser keeps a random token; only its SHA-256 is stored, so reading this table gives no session away.
create table console_session (
    id               uuid primary key,
    token_hash       varchar(64) not null unique,
    user_id          uuid        not null references app_user (id),
    security_version bigint      not null,
    csrf_token       varchar(64) not null,
    created_at       timestamptz not null,
    last_seen_at     timestamptz not null,
    ended_at         timestamptz,
    end_reason       varchar(20)
);
create index console_session_user on console_session (user_id) where ended_at is null;
create index console_session_created on console_session (created_at);
