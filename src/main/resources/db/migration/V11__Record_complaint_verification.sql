-- A complaint closes only once its verification call (跟踪核实) reached the customer after the latest resolution
-- (SPEC 4). The complaint now carries that fact itself, set by the follow-up feature when the call is recorded, so
-- that closing no longer asks the follow-up tables. Derived data, like the satisfaction sums of V5: written by SQL,
-- never by an entity update, and the complaint's version is left alone.
alter table complaint add column verified_at timestamptz;

-- The latest REACHED attempt of each complaint's AFTER_COMPLAINT calls.
update complaint c
   set verified_at = v.at
  from (select f.complaint_id, max(a.at) as at
          from follow_up_attempt a
          join follow_up f on f.id = a.follow_up_id
         where f.purpose = 'AFTER_COMPLAINT' and f.complaint_id is not null and a.outcome = 'REACHED'
         group by f.complaint_id) v
 where c.id = v.complaint_id;
