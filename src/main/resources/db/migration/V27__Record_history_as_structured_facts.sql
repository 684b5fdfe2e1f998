-- History lines are rendered in the reader's language from facts, not from English sentences written at the time.
-- The API's English fields stay (tier_history.reason, retention_event.note); the facts sit beside them. Rows written
-- before this migration get what their sentences let us read back.

-- Why a tier changed: a new customer's first tier, or an evaluation with the window figures it compared.
alter table tier_history add column cause varchar(20) check (cause in ('NEW_CUSTOMER', 'EVALUATION'));
alter table tier_history add column window_spend numeric(14, 2);
alter table tier_history add column average_spend numeric(14, 2);
alter table tier_history add column window_visits integer;
alter table tier_history add column average_visits numeric(10, 2);

update tier_history set cause = 'NEW_CUSTOMER' where reason = 'new customer';
update tier_history h
   set cause = 'EVALUATION',
       window_spend = cast(m[1] as numeric), average_spend = cast(m[2] as numeric),
       window_visits = cast(m[3] as integer), average_visits = cast(m[4] as numeric)
  from (select id, regexp_match(reason,
               '^evaluation: spend ([0-9.]+) \(average ([0-9.]+)\), visits ([0-9]+) \(average ([0-9.]+)\)$') as m
          from tier_history) r
 where r.id = h.id and r.m is not null;

-- A complaint's note is the person's own words; whether feedback was given and which clocks a breach missed are
-- facts of the event (the API still reads them as "[feedback given] ..." and "CONTACT deadline missed").
alter table complaint_event add column feedback_given boolean not null default false;
alter table complaint_event add column contact_missed boolean not null default false;
alter table complaint_event add column feedback_missed boolean not null default false;

update complaint_event
   set feedback_given = true, note = nullif(substring(note from 18), '')
 where kind = 'PROGRESS' and note like '[feedback given] %';
update complaint_event
   set contact_missed = note like '%CONTACT%', feedback_missed = note like '%FEEDBACK%', note = null
 where kind = 'ESCALATED';

-- A retention step's facts: the probe's findings (a later probe may correct the case, the event keeps its own), the
-- offer made or agreed, and the person's own words (stated reason, reason detail, closing note).
alter table retention_event add column real_reason varchar(30);
alter table retention_event add column fixable boolean;
alter table retention_event add column severity smallint;
alter table retention_event add column countermeasure_cost smallint;
alter table retention_event add column retention_score smallint;
alter table retention_event add column attitude varchar(20);
alter table retention_event add column offer_id uuid references retention_offer (id);
alter table retention_event add column remark varchar(2000);

update retention_event e
   set real_reason = m[1], fixable = m[2] = 'fixable', severity = cast(m[3] as smallint),
       countermeasure_cost = cast(m[4] as smallint), retention_score = cast(m[5] as smallint), attitude = m[6],
       remark = m[7]
  from (select id, regexp_match(note, '^real reason ([A-Z_]+) \((fixable|not fixable)\), severity ([0-9]+), '
               || 'countermeasure cost ([0-9]+), score ([0-9]+)(?:, attitude ([A-Z_]+))?(?:: (.*))?$') as m
          from retention_event where kind = 'PROBED') r
 where r.id = e.id and r.m is not null;
update retention_event e
   set remark = c.stated_reason
  from retention_case c
 where e.kind = 'OPENED' and c.id = e.case_id;
update retention_event e
   set offer_id = o.id
  from retention_offer o
 where e.kind = 'OFFERED' and o.case_id = e.case_id and o.created_at = e.at;
update retention_event e
   set offer_id = c.agreed_offer_id
  from retention_case c
 where e.kind = 'AGREED' and c.id = e.case_id;
update retention_event e
   set remark = c.note
  from retention_case c
 where e.kind = 'CLOSED' and c.id = e.case_id;

-- A call the service made on its own (verification, continued care, special dates, welcome) says why as a code the
-- console words in the reader's language; follow_up.note keeps the English line for the API.
alter table follow_up add column brief varchar(30) check (brief in ('VERIFICATION', 'CARE_RETAINED', 'CARE_PARTIAL',
    'CARE_LOST', 'BIRTHDAY', 'ANNIVERSARY', 'WELCOME'));

update follow_up set brief = 'VERIFICATION'
 where note = 'Verify with the customer that the complaint''s resolution holds (跟踪核实)';
update follow_up set brief = 'CARE_RETAINED' where note like 'Retained: check that the agreed offer took effect%';
update follow_up set brief = 'CARE_PARTIAL' where note like 'Partly retained: check the agreed offer%';
update follow_up set brief = 'CARE_LOST' where note like 'Lost: keep in touch, thank the customer%';
update follow_up set brief = special_reason where special_reason is not null;
update follow_up set brief = 'WELCOME' where purpose = 'WELCOME' and note like 'Welcome to %: call the same day%';
