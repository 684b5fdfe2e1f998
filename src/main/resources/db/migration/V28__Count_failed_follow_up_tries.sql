-- A follow-up is given up after max_attempts FAILED tries; a callback the customer asked for (NO_TIME with a
-- callback time) is a call made but not a failed try, so the two counts part.
alter table follow_up add column failed_tries integer not null default 0;

update follow_up f
   set failed_tries = t.failed
  from (select follow_up_id, count(*) as failed
          from follow_up_attempt
         where outcome <> 'REACHED' and not (outcome = 'NO_TIME' and callback_at is not null)
         group by follow_up_id) t
 where t.follow_up_id = f.id;
