-- Bumped when a user is disabled, changes roles or password: sessions and tokens issued before no longer count.
alter table app_user add column security_version bigint not null default 0;
