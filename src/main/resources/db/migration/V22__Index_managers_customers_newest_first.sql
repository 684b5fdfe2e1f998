-- One manager's customers, newest first (the customer list with managerId, an agent's own book): the manager's
-- rows in that order straight from one index, and their count from the same index alone. Without it PostgreSQL
-- either walked the whole book newest first looking for the manager's customers or fetched all of them to sort:
-- 100-360 ms for a manager of 5,000 customers at a million (bench/million.sh).
create index customer_manager_newest on customer (manager_id, created_at desc, id) where erased_at is null;
