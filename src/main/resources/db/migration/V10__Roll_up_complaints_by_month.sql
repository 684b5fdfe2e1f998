-- Monthly roll-up of the complaint reports (report/ComplaintReports). A quarter or a year of complaints is up to
-- ~500,000 rows at 1,000,000 complaints, too many to aggregate within the 300 ms budget on 2 cores; summed by month,
-- owner and category it is a few thousand rows. Months are calendar months in the service zone (vipcare.zone),
-- recorded in complaint_month_zone: the application rebuilds the roll-up at start when the zone differs.
--
-- Triggers on complaint keep it exact in the writer's own transaction, but they only ever append: every insert, delete
-- and every update of a column the reports read adds a row of differences (the new figures less the old) to
-- complaint_month_delta. Appending takes no lock on shared rows, so writers never wait for each other on a roll-up
-- row and cannot deadlock on one (the monthly sums are exactly the rows every complaint move would otherwise fight
-- over). A scheduled merge (ComplaintRollup, every few seconds) folds the differences into complaint_month; reports
-- read complaint_month plus the differences not merged yet, in one snapshot. The triggers are statement triggers with
-- transition tables, so a bulk insert or the breach detector's one UPDATE of many complaints appends one grouped set.

create table complaint_month_zone (
    only_row boolean     primary key default true check (only_row),
    zone     varchar(64) not null
);
insert into complaint_month_zone (zone) values ('Asia/Shanghai');

-- What the reports' cells hold, by month: complaints, clocks with an outcome, met on time, missed or met late
-- (contact and feedback), and the verification calls' satisfaction (V5).
create table complaint_month (
    month                date        not null,
    owner_id             uuid        not null,
    category             varchar(30) not null,
    complaints           bigint      not null,
    contact_outcomes     bigint      not null,
    contact_on_time      bigint      not null,
    contact_breaches     bigint      not null,
    feedback_outcomes    bigint      not null,
    feedback_on_time     bigint      not null,
    feedback_breaches    bigint      not null,
    satisfaction_sum     bigint      not null,
    satisfaction_answers bigint      not null,
    primary key (month, owner_id, category)
);
-- The differences not merged yet: same columns, no key, appended by the triggers, emptied by the merge.
create table complaint_month_delta (like complaint_month);

-- The most-complained-about staff: complaints naming a staff member concerned (V9), by month.
create table complaint_staff_month (
    month      date   not null,
    staff_id   uuid   not null,
    complaints bigint not null,
    primary key (month, staff_id)
);
create table complaint_staff_month_delta (like complaint_staff_month);

-- One complaint's clocks as 0/1 counts, the way ComplaintReports counts them: a clock has an outcome once it was met,
-- met late or missed; a breach is a clock missed or met late. $1..$4: contact_on_time, contact_breached,
-- feedback_on_time, feedback_breached.
create function complaint_clock_counts(boolean, boolean, boolean, boolean)
    returns table (contact_outcomes int, contact_on_time int, contact_breaches int,
                   feedback_outcomes int, feedback_on_time int, feedback_breaches int)
    language sql immutable as $$
    select ($1 is not null or $2)::int, coalesce($1, false)::int, coalesce($2 or not $1, false)::int,
           ($3 is not null or $4)::int, coalesce($3, false)::int, coalesce($4 or not $3, false)::int
$$;

create function complaint_month_inserted() returns trigger language plpgsql as $$
declare
    z text := (select zone from complaint_month_zone);
begin
    insert into complaint_month_delta
    select date_trunc('month', c.received_at at time zone z)::date, c.owner_id, c.category, count(*),
           sum(k.contact_outcomes), sum(k.contact_on_time), sum(k.contact_breaches),
           sum(k.feedback_outcomes), sum(k.feedback_on_time), sum(k.feedback_breaches),
           sum(c.satisfaction_sum), sum(c.satisfaction_answers)
      from new_rows c
     cross join lateral complaint_clock_counts(c.contact_on_time, c.contact_breached, c.feedback_on_time,
                                               c.feedback_breached) k
     group by 1, 2, 3;
    insert into complaint_staff_month_delta
    select date_trunc('month', c.received_at at time zone z)::date, c.staff_concerned_id, count(*)
      from new_rows c
     where c.staff_concerned_id is not null
     group by 1, 2;
    return null;
end
$$;

create function complaint_month_deleted() returns trigger language plpgsql as $$
declare
    z text := (select zone from complaint_month_zone);
begin
    insert into complaint_month_delta
    select date_trunc('month', c.received_at at time zone z)::date, c.owner_id, c.category, -count(*),
           -sum(k.contact_outcomes), -sum(k.contact_on_time), -sum(k.contact_breaches),
           -sum(k.feedback_outcomes), -sum(k.feedback_on_time), -sum(k.feedback_breaches),
           -sum(c.satisfaction_sum), -sum(c.satisfaction_answers)
      from old_rows c
     cross join lateral complaint_clock_counts(c.contact_on_time, c.contact_breached, c.feedback_on_time,
                                               c.feedback_breached) k
     group by 1, 2, 3;
    insert into complaint_staff_month_delta
    select date_trunc('month', c.received_at at time zone z)::date, c.staff_concerned_id, -count(*)
      from old_rows c
     where c.staff_concerned_id is not null
     group by 1, 2;
    return null;
end
$$;

-- Most updates (a note, a status, the version) change nothing the reports read: only the complaints whose report
-- columns changed are taken away with their old figures and added with their new ones.
create function complaint_month_updated() returns trigger language plpgsql as $$
declare
    z text := (select zone from complaint_month_zone);
begin
    with changed as (
        select o.id
          from old_rows o
          join new_rows n on n.id = o.id
         where (o.received_at, o.owner_id, o.category, o.contact_on_time, o.contact_breached, o.feedback_on_time,
                o.feedback_breached, o.satisfaction_sum, o.satisfaction_answers)
               is distinct from
               (n.received_at, n.owner_id, n.category, n.contact_on_time, n.contact_breached, n.feedback_on_time,
                n.feedback_breached, n.satisfaction_sum, n.satisfaction_answers)),
    delta as (
        select -1 as sign, o.* from old_rows o join changed using (id)
        union all
        select 1 as sign, n.* from new_rows n join changed using (id))
    insert into complaint_month_delta
    select date_trunc('month', d.received_at at time zone z)::date, d.owner_id, d.category, sum(d.sign),
           sum(d.sign * k.contact_outcomes), sum(d.sign * k.contact_on_time), sum(d.sign * k.contact_breaches),
           sum(d.sign * k.feedback_outcomes), sum(d.sign * k.feedback_on_time), sum(d.sign * k.feedback_breaches),
           sum(d.sign * d.satisfaction_sum), sum(d.sign * d.satisfaction_answers)
      from delta d
     cross join lateral complaint_clock_counts(d.contact_on_time, d.contact_breached, d.feedback_on_time,
                                               d.feedback_breached) k
     group by 1, 2, 3;

    with changed as (
        select o.id
          from old_rows o
          join new_rows n on n.id = o.id
         where (o.received_at, o.staff_concerned_id) is distinct from (n.received_at, n.staff_concerned_id)),
    delta as (
        select -1 as sign, o.received_at, o.staff_concerned_id from old_rows o join changed using (id)
        union all
        select 1 as sign, n.received_at, n.staff_concerned_id from new_rows n join changed using (id))
    insert into complaint_staff_month_delta
    select date_trunc('month', d.received_at at time zone z)::date, d.staff_concerned_id, sum(d.sign)
      from delta d
     where d.staff_concerned_id is not null
     group by 1, 2;
    return null;
end
$$;

create trigger complaint_month_inserted after insert on complaint
    referencing new table as new_rows for each statement execute function complaint_month_inserted();
create trigger complaint_month_deleted after delete on complaint
    referencing old table as old_rows for each statement execute function complaint_month_deleted();
create trigger complaint_month_updated after update on complaint
    referencing old table as old_rows new table as new_rows for each statement
    execute function complaint_month_updated();

-- Folds the differences appended so far into the monthly sums; the number of sums it changed, or -1 when another merge
-- or a rebuild is running (the advisory lock both take). Differences appended by transactions still running stay for
-- the next merge. Rows are written in key order; sums emptied by handovers go away.
create function complaint_month_merge() returns integer language plpgsql as $$
declare
    merged integer;
begin
    if not pg_try_advisory_xact_lock(hashtext('complaint_month')) then
        return -1;
    end if;
    with moved as (delete from complaint_month_delta returning *)
    insert into complaint_month as m
    select month, owner_id, category, sum(complaints), sum(contact_outcomes), sum(contact_on_time),
           sum(contact_breaches), sum(feedback_outcomes), sum(feedback_on_time), sum(feedback_breaches),
           sum(satisfaction_sum), sum(satisfaction_answers)
      from moved
     group by 1, 2, 3
     order by 1, 2, 3
        on conflict (month, owner_id, category) do update
       set complaints = m.complaints + excluded.complaints,
           contact_outcomes = m.contact_outcomes + excluded.contact_outcomes,
           contact_on_time = m.contact_on_time + excluded.contact_on_time,
           contact_breaches = m.contact_breaches + excluded.contact_breaches,
           feedback_outcomes = m.feedback_outcomes + excluded.feedback_outcomes,
           feedback_on_time = m.feedback_on_time + excluded.feedback_on_time,
           feedback_breaches = m.feedback_breaches + excluded.feedback_breaches,
           satisfaction_sum = m.satisfaction_sum + excluded.satisfaction_sum,
           satisfaction_answers = m.satisfaction_answers + excluded.satisfaction_answers;
    get diagnostics merged = row_count;
    with moved as (delete from complaint_staff_month_delta returning *)
    insert into complaint_staff_month as s
    select month, staff_id, sum(complaints)
      from moved
     group by 1, 2
     order by 1, 2
        on conflict (month, staff_id) do update set complaints = s.complaints + excluded.complaints;
    delete from complaint_month where complaints = 0;
    delete from complaint_staff_month where complaints = 0;
    return merged;
end
$$;

-- Recomputes the whole roll-up for months in zone z, unless it is in z already; true when it did. Complaints are
-- locked against writes meanwhile (reads go on), so that no trigger appends to what is being replaced.
create function complaint_month_rebuild(z text) returns boolean language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('complaint_month'));
    lock table complaint in share mode;
    if (select zone from complaint_month_zone) = z then
        return false;
    end if;
    update complaint_month_zone set zone = z;
    delete from complaint_month;
    delete from complaint_month_delta;
    delete from complaint_staff_month;
    delete from complaint_staff_month_delta;
    insert into complaint_month
    select date_trunc('month', c.received_at at time zone z)::date, c.owner_id, c.category, count(*),
           sum(k.contact_outcomes), sum(k.contact_on_time), sum(k.contact_breaches),
           sum(k.feedback_outcomes), sum(k.feedback_on_time), sum(k.feedback_breaches),
           sum(c.satisfaction_sum), sum(c.satisfaction_answers)
      from complaint c
     cross join lateral complaint_clock_counts(c.contact_on_time, c.contact_breached, c.feedback_on_time,
                                               c.feedback_breached) k
     group by 1, 2, 3;
    insert into complaint_staff_month
    select date_trunc('month', c.received_at at time zone z)::date, c.staff_concerned_id, count(*)
      from complaint c
     where c.staff_concerned_id is not null
     group by 1, 2;
    return true;
end
$$;

-- The complaints recorded so far, for months in the default zone (the application rebuilds for another).
update complaint_month_zone set zone = '';
select complaint_month_rebuild('Asia/Shanghai');
