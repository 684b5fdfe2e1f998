-- Run by Flyway after every migration, as the migration role that owns the schema. The service's own role
-- (placeholder app_role, normally quarkus.datasource.username) gets data rights and nothing more: it owns no table,
-- so it cannot alter one or disable a trigger, and on the audit trail it may only read and append.
-- Nothing to do when the service migrates its own schema as one role (Dev Services, a single-role installation).
do $$
declare
    app text := '${app_role}';
begin
    if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate, references, trigger on audit_entry from %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
end $$;
