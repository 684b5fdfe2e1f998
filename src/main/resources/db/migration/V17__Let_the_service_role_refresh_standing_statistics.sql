-- The service connects as a role that owns nothing (docs/deployment.md, "Database roles"), and only a table's owner
-- may ANALYZE it; the tier evaluation refreshes the planner's statistics of the standing it has just rewritten.
-- This function runs as the schema's owner and does that one thing.
create function analyze_customer_standing() returns boolean
    language plpgsql security definer set search_path = pg_catalog, public as $$
begin
    analyze customer_standing;
    return true;
end $$;
