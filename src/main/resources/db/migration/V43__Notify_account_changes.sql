-- Replicas keep bearer accounts in memory (security.AccountStates) and must hear of every change that decides
-- whether a token still counts: enabled, roles, security version. pg_notify sends when the change commits.
create function notify_account_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('vipcare_account_changed', old.id::text);
    return null;
end $$;

create trigger app_user_account_changed
    after update on app_user
    for each row
    when (old.enabled is distinct from new.enabled or old.roles is distinct from new.roles
          or old.security_version is distinct from new.security_version)
    execute function notify_account_changed();

create trigger app_user_account_removed
    after delete on app_user
    for each row
    execute function notify_account_changed();
