-- Refresh tokens of the API (mobile sessions). Only the SHA-256 of each token is kept. A refresh spends its token and
-- issues the next one of the same family (the session); presenting a spent token again revokes the whole family.
create table refresh_token (
    id                uuid primary key,
    family_id         uuid         not null,
    user_id           uuid         not null references app_user (id) on delete cascade,
    token_hash        varchar(64)  not null unique,
    -- The user's security version at issue: a later disable, role change or new password voids the token.
    security_version  bigint       not null,
    family_started_at timestamptz  not null,
    expires_at        timestamptz  not null,
    spent_at          timestamptz,
    revoked_at        timestamptz,
    client_address    varchar(64)  not null,
    user_agent        varchar(300),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index refresh_token_family on refresh_token (family_id);
create index refresh_token_live_by_user on refresh_token (user_id, created_at) where spent_at is null and revoked_at is null;

-- Addresses a username has signed in from: past the per-username ceiling of failed logins, only these still get in
-- (after their own, per-address delay).
create table known_login_address (
    username        varchar(64) not null,
    client_address  varchar(64) not null,
    last_success_at timestamptz not null,
    primary key (username, client_address)
);
