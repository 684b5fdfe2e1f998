-- Wave 2 (SPEC 8, "After-calls"): a consumption record says what it was for; a purchase or a repair makes one
-- after-call, a bill that moved makes one BILL_ANALYSIS call; a call attempt records how long it took.

-- 1. The purpose of a record. A constant default adds no rewrite of a big table; the check is validated apart
--    so the table is not locked against writes while it is read.
alter table consumption_record add column purpose varchar(10) not null default 'USAGE';
alter table consumption_record add constraint consumption_record_purpose
    check (purpose in ('PURCHASE', 'REPAIR', 'USAGE')) not valid;
alter table consumption_record validate constraint consumption_record_purpose;

-- 2. The record an AFTER_PURCHASE / AFTER_REPAIR call follows: one call per record, whatever replays its batch.
alter table follow_up add column consumption_record_id uuid references consumption_record (id);
create unique index follow_up_after_call_once on follow_up (consumption_record_id)
    where consumption_record_id is not null;

-- The bill-analysis job looks for a customer's open BILL_ANALYSIS call (at most one each).
create index follow_up_open_bill_analysis on follow_up (customer_id)
    where purpose = 'BILL_ANALYSIS' and status = 'OPEN';

-- The console words the new calls' reasons (followup_brief).
alter table follow_up drop constraint follow_up_brief_check;
alter table follow_up add constraint follow_up_brief_check check (brief in ('VERIFICATION', 'CARE_RETAINED',
    'CARE_PARTIAL', 'CARE_LOST', 'BIRTHDAY', 'ANNIVERSARY', 'WELCOME', 'AFTER_PURCHASE', 'AFTER_REPAIR',
    'BILL_ANALYSIS'));

-- 3. How long a call took, in minutes (0-600), when the caller says.
alter table follow_up_attempt add column duration_minutes integer
    check (duration_minutes between 0 and 600);
