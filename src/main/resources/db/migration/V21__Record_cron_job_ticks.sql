-- The last cron tick a replicated job ran (common/JobRuns.claim). Every replica's scheduler fires at the same tick;
-- one whose run takes milliseconds is over before the other replica fires, which then finds the tick claimed and
-- skips it instead of running it again. One row per job.
create table job_tick (
    job  varchar(50) primary key,
    tick timestamptz not null
);
