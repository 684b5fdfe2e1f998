-- Contacts of enterprise customers (issue 15, contact/, docs/accounts.md). The contacts themselves are in V38.

-- What happened to a customer's contacts, for its timeline: added, changed, removed. No reference to the contact, so
-- that the entry outlives a removed one; the name and role are the contact's as they were then.
create table customer_contact_event (
    id          uuid primary key,
    customer_id uuid         not null references customer (id),
    contact_id  uuid         not null,
    kind        varchar(10)  not null check (kind in ('ADDED', 'CHANGED', 'REMOVED')),
    name        varchar(100) not null,
    buying_role varchar(20)  not null
        check (buying_role in ('USER', 'DECISION_MAKER', 'BUYER', 'INFLUENCER', 'COMMENTATOR')),
    actor_id    uuid references app_user (id),
    at          timestamptz  not null
);
create index customer_contact_event_customer on customer_contact_event (customer_id, at);

-- The daily special-date job reads contacts by birthday (month and day).
create index customer_contact_birthday on customer_contact (extract(month from birthday), extract(day from birthday))
    where birthday is not null;

-- The contact a CONTACT_BIRTHDAY call is for: one call per contact and year, whatever replays the job. A removed
-- contact leaves its calls.
alter table follow_up add column contact_id uuid references customer_contact (id) on delete set null;
create unique index follow_up_contact_birthday_once on follow_up (contact_id, (extract(year from special_date)))
    where contact_id is not null;

-- The console words the CONTACT_BIRTHDAY call's reason (followup_brief); every value so far (V37) and CONTACT_BIRTHDAY.
alter table follow_up drop constraint follow_up_brief_check;
alter table follow_up add constraint follow_up_brief_check check (brief in ('VERIFICATION', 'CARE_RETAINED',
    'CARE_PARTIAL', 'CARE_LOST', 'BIRTHDAY', 'ANNIVERSARY', 'WELCOME', 'AFTER_PURCHASE', 'AFTER_REPAIR',
    'BILL_ANALYSIS', 'RENEWAL', 'CONTACT_BIRTHDAY'));
